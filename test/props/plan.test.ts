/**
 * Plans: validation fills in defaults and names every problem; judging a
 * search result never lets a search cut short pass for "holds".
 */
import { describe, expect, it } from 'vitest';
import { compileModel, explore, type SearchResult } from '../../src/index.ts';
import {
  definePlan, describeExpectation, isPlan, judgeCheck, validatePlan, type PlanSpec,
} from '../../src/props/index.ts';
import twoPhase from '../../models/two-phase-commit.ts';
import naiveLock from '../fixtures/violated-naive-lock.ts';

function problemsOf(spec: unknown): string[] {
  const checked = validatePlan(definePlan(spec as PlanSpec));
  return checked.ok ? [] : checked.problems.map((p) => `${p.entry ?? 'plan'}: ${p.message}`);
}

describe('validatePlan', () => {
  it('fills in names, strategy, deadlock and invariants', () => {
    const checked = validatePlan(definePlan({
      name: 'p',
      checks: [{ model: '../models/two-phase-commit.ts', params: { rm: 3 }, expect: 'holds' }],
      proofs: [{ file: '../models/thresholds/quorum.ts' }],
    }));
    expect(checked).toEqual({ ok: true, plan: {
      name: 'p',
      checks: [{ name: 'two-phase-commit rm=3', model: '../models/two-phase-commit.ts',
        params: { rm: 3 }, strategy: 'bfs', maxStates: undefined, maxDepth: undefined,
        invariants: [], deadlock: true, expect: 'holds', distinct: undefined }],
      proofs: [{ name: 'quorum', file: '../models/thresholds/quorum.ts', lemmas: undefined,
        timeoutMs: undefined }],
    } });
  });

  it('names each bad entry and what is wrong with it', () => {
    expect(problemsOf({
      name: 'p',
      checks: [
        { model: 'a.ts', params: { n: 1.5 }, expect: 'holds' },
        { model: 'b.ts', strategy: 'random', maxStates: -1, expect: { violated: 'X',
          traceLength: 'four' } },
        { model: 'c.ts', expect: { incomplete: 'max-depth' } },
        { model: '', expect: 'holds' },
      ],
      proofs: [{ file: 'q.ts', lemmas: [] }, { file: 'q.ts' }],
    })).toEqual([
      "check 1 ('a'): params must map names to integers",
      "check 2 ('b'): unknown strategy 'random'",
      "check 2 ('b'): maxStates must be a whole number, 0 or more (got -1)",
      "check 2 ('b'): traceLength must be a whole number of steps (got four)",
      "check 3 ('c'): expects to stop at max-depth but sets no such bound",
      "check 4 ('?'): has no model file",
      "proof 1 ('q'): lemmas is empty, so nothing would be proved",
      "'q': two entries have this name",
    ]);
  });

  it('rejects a plan without a name or entries', () => {
    expect(problemsOf({ name: '', checks: [] })).toEqual(['plan: the plan has no name']);
    expect(problemsOf({ name: 'p', checks: [] }))
      .toEqual(['plan: the plan has no checks and no proofs']);
    expect(problemsOf({ name: 'p', checks: 'all' }))
      .toEqual(["plan: 'checks' must be a list of entries"]);
  });

  it('recognises plans', () => {
    expect(isPlan(definePlan({ name: 'p', checks: [] }))).toBe(true);
    expect(isPlan({ name: 'p', checks: [] })).toBe(false);
  });
});

describe('judgeCheck', () => {
  const holds = explore(compileModel(twoPhase, { rm: 2 }));
  const cut = explore(compileModel(twoPhase, { rm: 3 }), { maxStates: 20 });
  const violated = explore(compileModel(naiveLock, {}));
  const judge = (expect: Parameters<typeof judgeCheck>[0], r: SearchResult, d?: number) =>
    judgeCheck(expect, d, r);

  it('passes what matches, including the distinct count', () => {
    expect(judge('holds', holds, 56)).toEqual({ pass: true });
    expect(judge({ violated: 'MutualExclusion', traceLength: 4 }, violated))
      .toEqual({ pass: true });
    expect(judge({ incomplete: 'max-states' }, cut, 20)).toEqual({ pass: true });
  });

  it('never passes a search cut short for "holds"', () => {
    expect(judge('holds', cut)).toEqual({ pass: false,
      reason: 'incomplete at max-states 20, expected holds' });
  });

  it('says what differs: verdict, property, trace length, bound or count', () => {
    const reasons = [
      judge('holds', violated), judge({ violated: 'LockedWhenCritical' }, violated),
      judge({ violated: 'MutualExclusion', traceLength: 5 }, violated),
      judge({ incomplete: 'max-depth' }, cut), judge({ violated: 'X' }, holds),
      judge('holds', holds, 57),
    ].map((j) => (j.pass ? 'pass' : j.reason));
    expect(reasons).toEqual([
      'violated MutualExclusion in 4 steps, expected holds',
      'violated MutualExclusion in 4 steps, expected violated LockedWhenCritical',
      'violated MutualExclusion in 4 steps, expected violated MutualExclusion in 5 steps',
      'incomplete at max-states 20, expected incomplete at max-depth',
      'holds, expected violated X',
      '56 distinct states, expected 57',
    ]);
  });

  it('describes expectations in the words verdicts use', () => {
    expect(describeExpectation({ violated: 'A', traceLength: 1 })).toBe('violated A in 1 step');
    expect(describeExpectation({ incomplete: 'max-depth' })).toBe('incomplete at max-depth');
  });
});
