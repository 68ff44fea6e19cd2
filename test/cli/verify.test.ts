/**
 * `faultline verify` on fixture plans: exit codes (0 as expected, 1 a
 * verdict not as expected, 2 a bad plan or a model that throws, 3 a search
 * process that died), the lines it prints, and the files it writes.
 * The project's own plan is run by test/gate/verify-gate.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declarationLines } from '../../src/cli/declaration-line.ts';
import { CapturedIo, main } from '../../src/cli/main.ts';
import { verifyExitCode } from '../../src/cli/verify-runner.ts';
import type { SarifLog, VerifyJson, VerifyReport } from '../../src/report/index.ts';
import { xmlProblems } from '../report/xml-wellformed.ts';
import { faultline, ROOT } from './spawn-cli.ts';

const PLANS = 'test/fixtures/plans';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'faultline-verify-'));
}

async function verifyInProcess(args: readonly string[]): Promise<{ code: number; io: CapturedIo }> {
  const io = new CapturedIo(ROOT);
  const code = await main(['verify', ...args], io);
  return { code, io };
}

describe('a plan whose verdicts are all as expected', () => {
  it('exits 0, prints one JSON document, and writes the CI files', async () => {
    const dir = tempDir();
    const { code, io } = await verifyInProcess([`${PLANS}/passing.ts`, '--report-dir', dir,
      '--json']);
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(io.stdout) as VerifyJson;
    expect(doc.format).toBe('faultline-verify/1');
    expect(doc.passed).toBe(true);
    expect(doc.totals).toEqual({ checks: 4, proofFiles: 1, lemmas: 2, failed: 0, errors: 0 });
    expect(doc.checks.map((c) => [c.name, c.status, c.verdict?.kind, c.distinct])).toEqual([
      ['two-phase-commit rm=2', 'pass', 'holds', 56],
      ['naive lock', 'pass', 'violated', 9],
      ['violated-lost-message', 'pass', 'violated', 4],
      ['violated-deadlock', 'pass', 'violated', 3],
    ]);
    expect(doc.proofs[0]!.lemmas.map((l) => [l.name, l.verdict, l.status])).toEqual([
      ['majority-read-write-intersect', 'proved', 'pass'],
      ['flexible-paxos-phase2-may-be-disjoint', 'refuted', 'pass'],
    ]);

    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(xmlProblems(junit)).toEqual([]);
    expect(junit.match(/<testcase\s/g)).toHaveLength(6);
    expect(junit).not.toContain('<failure');
    expect(existsSync(join(dir, 'checks', 'naive_lock', 'naive-lock-n2.html'))).toBe(true);
    expect(existsSync(join(dir, 'checks', 'violated-lost-message', 'lost-message.itf.json')))
      .toBe(true);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8'))
      .toContain('[trace](checks/naive_lock/naive-lock-n2.html)');

    const sarif = JSON.parse(readFileSync(join(dir, 'results.sarif'), 'utf8')) as SarifLog;
    const lock = sarif.runs[0].results.find((r) => r.ruleId === 'naive-lock/MutualExclusion')!;
    const source = readFileSync(join(ROOT, 'test/fixtures/violated-naive-lock.ts'), 'utf8');
    const line = source.split('\n').findIndex((l) => l.includes('MutualExclusion:')) + 1;
    expect(lock.level).toBe('note');
    expect(lock.locations[0]!.physicalLocation).toEqual({ region: { startLine: line },
      artifactLocation: { uri: 'test/fixtures/violated-naive-lock.ts', uriBaseId: 'SRCROOT' } });
    expect(sarif.runs[0].results.every((r) => r.level === 'note')).toBe(true);
  });
});

describe('a plan with wrong expectations', () => {
  it('exits 1 through the launcher, naming each entry, its reason and a replay', async () => {
    const dir = tempDir();
    const run = await faultline(['verify', `${PLANS}/wrong-expectations.ts`, '--report-dir', dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^PASS {2}check two-phase-commit rm=2 +expected holds, got holds; 56 distinct;/);
    expect(run.stdout).toMatch(/^FAIL {2}check lock said to hold +expected holds, got violated /m);
    expect(run.stdout).toContain('why: violated MutualExclusion in 4 steps, expected violated ' +
      'MutualExclusion in 3 steps');
    expect(run.stdout).toContain('why: incomplete at max-states 50, expected holds');
    expect(run.stdout).toContain('why: 288 distinct states, expected 289');
    expect(run.stdout).toContain('replay: npx faultline check models/two-phase-commit.ts ' +
      '--param rm=3 --param symmetry=0 --max-states 50');
    expect(run.stdout).toContain('FAIL positive: refuted, declared proved');
    expect(run.stdout).toContain('FAIL non-negative: proved, declared refuted');
    expect(lines.at(-2)).toContain(': 5 check(s), 1 proof file(s) with 2 lemma(s); ' +
      '6 not as expected;');

    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(xmlProblems(junit)).toEqual([]);
    expect(junit).toMatch(/<testsuites [^>]*tests="7" failures="6" errors="0"/);
    expect(junit).toMatch(new RegExp('<testcase name="2pc cut short"[^>]*>\\s*' +
      '<failure message="incomplete at max-states 50, expected holds"'));
  });

  it('--quiet prints only what is not as expected, and the summary', async () => {
    const { code, io } = await verifyInProcess([`${PLANS}/checks-only.ts`, '--quiet',
      '--report-dir', tempDir()]);
    expect(code).toBe(1);
    expect(io.stdout).not.toContain('PASS');
    expect(io.stdout).toContain('FAIL  check lock said to hold');
    expect(io.stdout).toContain('1 not as expected');
    expect(io.stderr).toBe('');
  });
});

describe('a plan that cannot run', () => {
  it.each([
    ['missing-model', "check 'ghost': model file '../no-such-model.ts' not found"],
    ['unknown-param',
      "check 'two-phase-commit tm=2': model 'two-phase-commit' has no parameter 'tm'"],
    ['unknown-property', "check 'violated-naive-lock': expects 'Agreement' to be violated"],
    ['not-a-plan', 'does not export a plan made by definePlan'],
    ['bad-shape', "check 1 ('maybe'): expect is not a verdict"],
  ])('%s exits 2 naming the plan and the entry', async (fixture, message) => {
    const dir = tempDir();
    const { code, io } = await verifyInProcess([`${PLANS}/${fixture}.ts`, '--report-dir', dir]);
    expect(code).toBe(2);
    expect(io.stderr).toContain(`${PLANS}/${fixture}.ts`);
    expect(io.stderr).toContain(message);
    expect(io.stderr).toContain('hint: ');
    expect(existsSync(join(dir, 'junit.xml'))).toBe(false);
  });

  it('a missing plan file exits 2, with a JSON error under --json', async () => {
    const { code, io } = await verifyInProcess(['plans/nope.ts', '--json']);
    expect(code).toBe(2);
    const doc = JSON.parse(io.stdout) as { error: { code: string; message: string } };
    expect(doc.error).toMatchObject({ code: 'plan-not-found',
      message: "plan file 'plans/nope.ts' not found" });
  });

  it('a model that throws while explored is an error (exit 2); the other checks still run',
    async () => {
      const dir = tempDir();
      const { code, io } = await verifyInProcess([`${PLANS}/model-throws.ts`,
        '--report-dir', dir]);
      expect(code).toBe(2);
      expect(io.stdout).toMatch(/^ERROR check bad-throws/m);
      expect(io.stdout).toContain("error: action 'Divide' of model 'throws' threw");
      expect(io.stdout).toMatch(/^PASS {2}check violated-lost-message/m);
      expect(readFileSync(join(dir, 'junit.xml'), 'utf8'))
        .toMatch(/<testsuite name="checks" tests="2" failures="0" errors="1"/);
    });

  it('a search process that dies without answering exits 3, and says so', async () => {
    const { code, io } = await verifyInProcess([`${PLANS}/process-dies.ts`,
      '--report-dir', tempDir()]);
    expect(code).toBe(3);
    expect(io.stdout).toContain("error: the search for check 'exits-mid-search' ended " +
      '(exit code 7) without a result');
    expect(io.stdout).toContain('replay: npx faultline check test/fixtures/exits-mid-search.ts');
  });

  it('a report directory that cannot be written exits 2', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const { code, io } = await verifyInProcess([`${PLANS}/checks-only.ts`, '--report-dir',
      file]);
    expect(code).toBe(2);
    expect(io.stderr).toContain('--report-dir');
  });
});

describe('verifyExitCode', () => {
  const report = (over: Partial<VerifyReport>): VerifyReport => ({
    planFile: 'p.ts', planName: 'p', checks: [], proofs: [], seconds: 0, root: '/',
    toolVersion: '0', ...over,
  });
  const error = (internal: boolean) => ({ kind: 'check' as const, name: 'c', file: 'm.ts',
    expect: 'holds' as const, expectDistinct: undefined, seconds: 0, replayCommand: '',
    lines: {}, status: 'error' as const,
    error: { code: 'x', message: 'x', hint: undefined, detail: undefined, internal } });

  it('is 3 for faultline failing, over 2 for bad input, over 1 and 0', () => {
    expect(verifyExitCode(report({ checks: [error(false), error(true)] }))).toBe(3);
    expect(verifyExitCode(report({ checks: [error(false)] }))).toBe(2);
    expect(verifyExitCode(report({}))).toBe(0);
  });
});

describe('declarationLines', () => {
  it('finds keys, quoted keys and methods, and leaves out names it cannot find', () => {
    const source = [
      'export default {', '  invariants: {', '    Safe: (s) => s.ok,',
      "    'no-split': (s) => true,", '    Live(s) { return true; },', '  },', '};',
    ].join('\n');
    expect(declarationLines(source, ['Safe', 'no-split', 'Live', 'deadlock', 'S.fe'])).toEqual(
      { Safe: 3, 'no-split': 4, Live: 5 });
  });
});
