/**
 * The library surface: bad input as errors, lemma selection, timeouts as
 * unknown, the text and JSON renderings, exit codes, and restarting Z3.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  type LemmaReport, type ProveReport, type Verdict, ProveExit, proveExitCode, proveFile,
  proveReportToJson, renderProveText, shutdownProver,
} from '../../src/smt/index.ts';

afterAll(async () => {
  await shutdownProver();
});

describe('bad input', () => {
  it('reports a missing file', async () => {
    const report = await proveFile('test/smt/fixtures/nowhere.ts');
    expect(report.errors).toMatchObject([{ kind: 'file-missing', code: 'SMT001' }]);
    expect(report.lemmas).toEqual([]);
    expect(proveExitCode(report)).toBe(ProveExit.badInput);
    expect(renderProveText(report)).toContain('error[SMT001]: test/smt/fixtures/nowhere.ts');
  });

  it('reports a file without an arithmetic export', async () => {
    const report = await proveFile('test/smt/fixtures/no-export.ts');
    expect(report.errors).toMatchObject([{ kind: 'no-arithmetic-export', code: 'SMT002' }]);
    expect(proveExitCode(report)).toBe(2);
  });

  it('reports an unknown lemma name and proves the known ones', async () => {
    const report = await proveFile('models/thresholds/ben-or.ts', {
      lemma: ['decision-reachable', 'no-such-lemma'],
    });
    expect(report.lemmas.map((l) => l.name)).toEqual(['decision-reachable']);
    expect(report.errors).toMatchObject([{ kind: 'unknown-lemma', lemma: 'no-such-lemma' }]);
    expect(proveExitCode(report)).toBe(2);
  });
});

describe('verdicts', () => {
  it('selects lemmas by name and reports their variables and parameters', async () => {
    const report = await proveFile('models/thresholds/ben-or.ts', {
      lemma: ['decision-seen-by-all-waiters'],
    });
    expect(report.model).toBe('ben-or');
    expect(report.lemmas).toMatchObject([{
      name: 'decision-seen-by-all-waiters', expect: undefined, asExpected: true,
      verdict: { kind: 'proved' }, variables: ['n', 'f', 'd'],
      parameters: { claim: ['n', 'f', 'd'], where: ['n', 'd'], assume: ['n', 'f'] },
    }]);
    expect(proveExitCode(report)).toBe(ProveExit.asDeclared);
  });

  it('ends a query that runs out of time as unknown, never as proved', async () => {
    const report = await proveFile('models/thresholds/retry.ts', {
      lemma: ['capped-latency-within-budget'], timeoutMs: 1,
    });
    const [lemma] = report.lemmas;
    expect(lemma?.verdict.kind).toBe('unknown');
    expect(lemma?.asExpected).toBe(false);
    expect(proveExitCode(report)).toBe(ProveExit.unknown);
    expect(renderProveText(report)).toMatch(/\?\? {3}unknown {2}capped-latency-within-budget/);
  });

  it('renders refuted lemmas with their smallest counterexample and witness', async () => {
    const report = await proveFile('models/thresholds/ben-or-document.ts', {
      lemma: ['decision-reachable', 'phase1-at-most-one-value'],
    });
    const text = renderProveText(report);
    expect(text).toContain('prove models/thresholds/ben-or-document.ts (ben-or-document)');
    expect(text).toContain('ok   refuted  decision-reachable (declared refuted)\n'
      + '       smallest counterexample: n=5, f=2\n'
      + '       n=5: a process waits for 3 votes but needs 4 to decide\n');
    expect(text).toContain('ok   proved   phase1-at-most-one-value\n');
    expect(text).toMatch(/2 lemma\(s\): 1 proved, 1 refuted, 0 unknown; all as declared/);
  });

  it('writes JSON with a format tag, the exit code and counts', async () => {
    const report = await proveFile('test/smt/fixtures/large-size.ts');
    const json = JSON.parse(proveReportToJson(report)) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'faultline-prove/1', exitCode: 1, model: 'large-size',
      summary: { lemmas: 2, proved: 0, refuted: 2, unknown: 0, notAsDeclared: 2, errors: 0 },
      lemmas: [
        { name: 'write-quorums-intersect', verdict: { counterexample: { n: 1000 } } },
        { name: 'batches-never-full', verdict: { counterexample: { n: 1000 } } },
      ],
    });
  });

  it('starts Z3 again after a shutdown', async () => {
    await shutdownProver();
    const report = await proveFile('models/thresholds/ben-or.ts', {
      lemma: ['decision-reachable'],
    });
    expect(report.lemmas[0]?.verdict).toEqual({ kind: 'proved' });
  });
});

describe('exit codes', () => {
  const lemma = (verdict: Verdict, expectation?: 'proved' | 'refuted'): LemmaReport => ({
    name: 'l', doc: '', expect: expectation, verdict,
    asExpected: verdict.kind === (expectation ?? 'proved'),
    variables: [], parameters: { claim: [], where: [], assume: [] }, elapsedMs: 0,
  });
  const report = (lemmas: LemmaReport[], errors: ProveReport['errors'] = []): ProveReport => ({
    file: 'f.ts', model: 'm', lemmas, errors, elapsedMs: 0,
  });
  const proved: Verdict = { kind: 'proved' };
  const refuted: Verdict = { kind: 'refuted', counterexample: { n: 1 }, minimal: true };
  const unknown: Verdict = { kind: 'unknown', reason: 'timeout' };
  const internal = { kind: 'internal', code: 'SMT900', message: 'boom' } as const;
  const missing = { kind: 'file-missing', code: 'SMT001', file: 'f.ts', message: '' } as const;

  it('are 0 when every verdict is as declared', () => {
    expect(proveExitCode(report([lemma(proved), lemma(refuted, 'refuted')]))).toBe(0);
    expect(proveExitCode(report([]))).toBe(0);
  });

  it('are 1 for a refuted lemma declared (or by default) proved, and the reverse', () => {
    expect(proveExitCode(report([lemma(refuted)]))).toBe(1);
    expect(proveExitCode(report([lemma(proved, 'refuted')]))).toBe(1);
    expect(proveExitCode(report([lemma(unknown), lemma(refuted)]))).toBe(1);
  });

  it('are 4 for an unknown verdict, 2 for bad input and 3 for internal errors', () => {
    expect(proveExitCode(report([lemma(proved), lemma(unknown, 'refuted')]))).toBe(4);
    expect(proveExitCode(report([lemma(refuted)], [missing]))).toBe(2);
    expect(proveExitCode(report([lemma(refuted)], [missing, internal]))).toBe(3);
  });
});
