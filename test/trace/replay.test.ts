/**
 * Replay: rebuilding counterexamples from explorer paths reproduces the
 * violating state, describes each step from the action's declaration, and
 * reports a diverging (nondeterministic) model instead of a wrong trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Expander } from '../../src/engine/expander.ts';
import { Fingerprinter } from '../../src/engine/fingerprint.ts';
import type { TracePath } from '../../src/engine/result.ts';
import { compileModel, defineModel, explore, t } from '../../src/index.ts';
import { replay, type ReplayResult, type Trace } from '../../src/trace/index.ts';
import twoPhase from '../../models/two-phase-commit.ts';
import hiddenSwitch, { setHiddenSwitch } from '../fixtures/hidden-switch.ts';
import lostMessage from '../fixtures/violated-lost-message.ts';
import naiveLock from '../fixtures/violated-naive-lock.ts';

function violationPath(result: ReturnType<typeof explore>): TracePath {
  const v = result.verdict;
  if (v.kind !== 'violated' || !v.path) throw new Error(`expected a violation, got ${v.kind}`);
  return v.path;
}

function ok(r: ReplayResult): Trace {
  if (!r.ok) throw new Error(`replay failed: ${r.error.message}`);
  return r.trace;
}

describe('replay of a counterexample', () => {
  const cm = compileModel(naiveLock, { n: 2 });
  const trace = ok(replay(cm, violationPath(explore(cm))));

  it('reproduces the violating state', () => {
    expect(trace.steps).toHaveLength(4);
    expect(trace.initial).toEqual({ pc: ['idle', 'idle'], locked: false });
    expect(trace.steps[3]!.state).toEqual({ pc: ['critical', 'critical'], locked: true });
  });

  it('describes each step from its action: label, actor, message, kind', () => {
    expect(trace.steps.map((s) => s.label)).toEqual(['Look(0)', 'Look(1)', 'Enter(0)',
      'Enter(1)']);
    expect(trace.steps.map((s) => s.actor)).toEqual([0, 1, 0, 1]);
    expect(trace.steps[2]!.message).toEqual({ from: 0, to: [1], text: 'taken' });
    expect(trace.steps[0]!.message).toBeUndefined();
    expect(trace.steps.every((s) => s.kind === 'protocol' && s.chance === undefined)).toBe(true);
  });

  it('lists exactly the fields each step changed', () => {
    expect(trace.steps.map((s) => s.changes)).toEqual([
      [{ path: 'pc[0]', before: 'idle', after: 'saw-free', kind: 'value' }],
      [{ path: 'pc[1]', before: 'idle', after: 'saw-free', kind: 'value' }],
      [{ path: 'pc[0]', before: 'saw-free', after: 'critical', kind: 'value' },
        { path: 'locked', before: false, after: true, kind: 'value' }],
      [{ path: 'pc[1]', before: 'saw-free', after: 'critical', kind: 'value' }],
    ]);
  });

  it('marks fault steps and shows set changes as whole sets', () => {
    const lm = compileModel(lostMessage);
    const t2 = ok(replay(lm, violationPath(explore(lm))));
    expect(t2.steps.map((s) => [s.action, s.kind, s.actor])).toEqual([
      ['Send', 'protocol', 0], ['Lose', 'fault', undefined]]);
    expect(t2.steps[1]!.changes).toEqual([
      { path: 'inFlight', before: [1], after: [], kind: 'set' }]);
  });

  it('replays a reachability goal path to a state meeting the goal', () => {
    const tp = compileModel(twoPhase, { rm: 3 });
    const goal = explore(tp).reachable.find((r) => r.name === 'committed')!;
    const t3 = ok(replay(tp, goal.path!));
    const last = t3.steps[t3.steps.length - 1]!.state;
    expect(last.rmState).toEqual(['committed', 'committed', 'committed']);
    const commit = t3.steps.find((s) => s.action === 'TMCommit')!;
    expect(commit.message).toEqual({ from: 3, to: [0, 1, 2], text: 'Commit' });
    expect(commit.changes.map((c) => c.path)).toEqual(['tmState', 'msgs.commit']);
  });
});

describe('replay that diverges', () => {
  const cm = compileModel(naiveLock, { n: 2 });
  const path = violationPath(explore(cm));

  function failed(r: ReplayResult): Extract<ReplayResult, { ok: false }>['error'] {
    if (r.ok) throw new Error('expected replay to fail');
    return r.error;
  }

  it('reports a step ordinal the state does not have, naming the usual causes', () => {
    const e = failed(replay(cm, { ...path, steps: [0, 99] }));
    expect(e.kind).toBe('missing-state');
    expect(e.step).toBe(2);
    expect(e.message).toBe("step 2 of the trace takes successor #99 of its state, but model " +
      "'naive-lock' now gives that state only 2 successor(s)");
    expect(e.hint).toContain('the model is probably nondeterministic');
    expect(e.hint).toContain('module-level mutable state');
    expect(e.hint).toContain('Math.random');
    expect(e.hint).toContain('Date.now');
  });

  it('reports an initial state that does not exist', () => {
    const e = failed(replay(cm, { ...path, init: 3 }));
    expect(e.kind).toBe('missing-state');
    expect(e.message).toContain('initial state #3');
  });

  it('reports a last state whose fingerprint differs', () => {
    const e = failed(replay(cm, { ...path, fingerprint: [1, 2] }));
    expect(e.kind).toBe('fingerprint-mismatch');
    expect(e.message).toContain("model 'naive-lock' ended in a different state");
    expect(e.hint).toContain('nondeterministic');
  });

  it('catches hidden state that changed between search and replay', () => {
    const hm = compileModel(hiddenSwitch);
    setHiddenSwitch(1);
    const hp = violationPath(explore(hm, { purity: false }));
    expect(hp.steps).toEqual([0, 0, 0]);
    const fp = new Fingerprinter();
    const one = hm.codec.encode({ x: 1 });
    fp.hash(one, 0, one.length);
    const firstStep: TracePath = { init: 0, steps: [0], fingerprint: [fp.hi, fp.lo] };
    expect(ok(replay(hm, firstStep)).steps[0]!.state).toEqual({ x: 1 });
    setHiddenSwitch(2);
    try {
      const short = failed(replay(hm, firstStep));
      expect(short.kind).toBe('fingerprint-mismatch');
      const long = failed(replay(hm, hp));
      expect([long.kind, long.step]).toEqual(['missing-state', 3]);
      expect(long.message).toContain('only 0 successor(s)');
    } finally {
      setHiddenSwitch(1);
    }
    expect(ok(replay(hm, hp)).steps[2]!.state).toEqual({ x: 3 });
  });

  it('returns a model error naming the action when describing a step throws', () => {
    const m = defineModel({
      name: 'bad-message',
      state: () => ({ x: t.int(0, 1) }),
      init: () => ({ x: 0 }),
      actions: (_p, action) => [action('Go', {
        when: (s) => s.x === 0,
        then: (s) => { s.x = 1; },
        message: () => { throw new Error('no route'); },
      })],
      invariants: { Zero: (s) => s.x === 0 },
    });
    const bm = compileModel(m);
    const e = failed(replay(bm, violationPath(explore(bm))));
    expect(e.kind).toBe('model-error');
    expect(e.message).toContain("action 'Go' of model 'bad-message' threw");
    expect(e.message).toContain('no route');
  });
});

describe('replay of random walks (property)', () => {
  const cm = compileModel(twoPhase, { rm: 3 });

  /** Walks from the initial state taking successor `pick % count` at each step. */
  function walk(picks: readonly number[]): { path: TracePath; states: unknown[] } {
    const expander = new Expander(cm);
    let cur: Uint32Array = cm.inits[0]!.slice();
    const steps: number[] = [];
    const states: unknown[] = [];
    for (const pick of picks) {
      const succ: Uint32Array[] = [];
      expander.expand(cur, { accept: (next) => succ.push(next.slice()) });
      if (succ.length === 0) break;
      const k = pick % succ.length;
      steps.push(k);
      cur = succ[k]!;
      states.push(cm.codec.decode(cur));
    }
    const fp = new Fingerprinter();
    fp.hash(cur, 0, cur.length);
    return { path: { init: 0, steps, fingerprint: [fp.hi, fp.lo] }, states };
  }

  it('rebuilds every state of the walk', () => {
    fc.assert(fc.property(fc.array(fc.nat(50), { maxLength: 14 }), (picks) => {
      const { path, states } = walk(picks);
      const trace = ok(replay(cm, path));
      expect(trace.steps.map((s) => s.state)).toEqual(states);
      let before: unknown = trace.initial;
      for (const step of trace.steps) {
        const same = JSON.stringify(before) === JSON.stringify(step.state);
        expect(step.changes.length === 0).toBe(same);
        before = step.state;
      }
    }), { numRuns: 60 });
  });
});
