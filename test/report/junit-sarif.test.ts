/**
 * The CI formats of `verify`: JUnit XML that stays well-formed whatever the
 * names hold, with the right counts, failures and errors; SARIF 2.1.0 with
 * its required fields, levels that follow the plan's expectations, and
 * locations at the declaring line; the Markdown summary.
 */
import { describe, expect, it } from 'vitest';
import {
  renderJunit, renderVerifySummaryMarkdown, verifyToSarif, xmlEscape, type CheckEntryReport,
  type CheckReport,
  type LemmaEntryReport, type ProofEntryReport, type VerifyReport,
} from '../../src/report/index.ts';
import type { LemmaReport } from '../../src/smt/index.ts';
import twoPhase from '../../models/two-phase-commit.ts';
import naiveLock from '../fixtures/violated-naive-lock.ts';
import { reportFor } from './make-report.ts';
import { xmlProblems } from './xml-wellformed.ts';

const NASTY = `<Lock & "key" 'x'>\u0001]]>`;
const LOCK_FILE = 'test/fixtures/violated-naive-lock.ts';

function check(name: string, status: 'pass' | 'fail', run: CheckReport,
  expect: CheckEntryReport['expect'], reason = ''): CheckEntryReport {
  const base = { kind: 'check' as const, name, file: run.file, expect, expectDistinct: undefined,
    seconds: 0.25, replayCommand: run.replayCommand, lines: { MutualExclusion: 48 } };
  return status === 'pass' ? { ...base, status, run } : { ...base, status, run, reason };
}

function lemma(name: string, verdict: LemmaReport['verdict'], declared: 'proved' | 'refuted',
  line?: number): LemmaEntryReport {
  const asExpected = verdict.kind === declared;
  return {
    lemma: { name, doc: `doc of ${name}`, expect: declared === 'refuted' ? 'refuted' : undefined,
      verdict, asExpected, variables: ['n'], parameters: { claim: ['n'], where: [], assume: [] },
      elapsedMs: 120 },
    status: asExpected ? 'pass' : 'fail',
    reason: asExpected ? undefined : `${verdict.kind}, declared ${declared}`,
    line, replayCommand: `npx faultline prove q.ts --lemma ${name}`,
  };
}

function sampleReport(): VerifyReport {
  const lock = reportFor(naiveLock, LOCK_FILE);
  const twoPc = reportFor(twoPhase, 'models/two-phase-commit.ts', { rm: 2 });
  const proof: ProofEntryReport = {
    kind: 'proof', name: 'quorum', file: 'models/thresholds/quorum.ts', model: 'quorum',
    status: 'fail', seconds: 0.36, errors: [], replayCommand: 'npx faultline prove q.ts',
    lemmas: [
      lemma('intersect', { kind: 'proved' }, 'proved', 12),
      lemma('disjoint', { kind: 'refuted', counterexample: { n: 2 }, minimal: true }, 'refuted'),
      lemma('wrongly-hopeful', { kind: 'proved' }, 'refuted', 30),
    ],
  };
  return {
    planFile: 'plan.ts', planName: 'sample', seconds: 1.5, root: '/repo', toolVersion: '9.9.9',
    checks: [
      check('2pc', 'pass', twoPc, 'holds'),
      check(NASTY, 'fail', lock, 'holds', `violated MutualExclusion in 4 steps, expected holds`),
      check('lock', 'pass', lock, { violated: 'MutualExclusion', traceLength: 4 }),
      { kind: 'check', name: 'broken', file: 'models/broken.ts', expect: 'holds',
        expectDistinct: undefined, seconds: 0, replayCommand: 'npx faultline check b.ts',
        lines: {}, status: 'error',
        error: { code: 'bad-param', message: 'model has no parameter <x>', hint: 'use rm',
          detail: undefined, internal: false } },
    ],
    proofs: [proof],
  };
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('the XML well-formedness check used below', () => {
  it.each([
    ['<a>&</a>'], ['<a><b></a></b>'], ['<a x="1" x="2"/>'], ['<a>\u0001</a>'], ['<a/><b/>'],
    ['<a x="<"/>'], ['<a>'],
  ])('rejects %j', (xml) => {
    expect(xmlProblems(xml)).not.toEqual([]);
  });

  it('accepts entities and character references', () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="&quot;&#10;">&lt;&amp;&#x41;<b/></a>\n'))
      .toEqual([]);
  });
});

describe('renderJunit', () => {
  const xml = renderJunit(sampleReport());

  it('is well-formed although names hold markup, quotes and control characters', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('name="&lt;Lock &amp; &quot;key&quot; &apos;x&apos;&gt;]]&gt;"');
  });

  it('has a suite for checks and one for proofs, with a case per check and per lemma', () => {
    const suites = [...xml.matchAll(/<testsuite\s[^>]*>/g)].map((m) => m[0]);
    expect(suites.map((s) => [attr(s, 'name'), attr(s, 'tests'), attr(s, 'failures'),
      attr(s, 'errors')])).toEqual([['checks', '4', '1', '1'], ['proofs', '3', '1', '0']]);
    expect(xml.match(/<testcase\s/g)).toHaveLength(7);
    const root = /<testsuites\s[^>]*>/.exec(xml)![0];
    expect([attr(root, 'tests'), attr(root, 'failures'), attr(root, 'errors'), attr(root, 'time')])
      .toEqual(['7', '2', '1', '1.500']);
  });

  it('gives a failure the reason and the replay command, and an error its message', () => {
    const failure = /<failure ([^>]*)>([^<]*)<\/failure>/.exec(xml)!;
    expect(attr(` ${failure[1]!}`, 'message'))
      .toBe('violated MutualExclusion in 4 steps, expected holds');
    expect(failure[2]).toContain(`replay: npx faultline check ${LOCK_FILE}`);
    expect(xml).toMatch(/<error message="model has no parameter &lt;x&gt;" type="bad-param">/);
    expect(xml).toContain('wrongly-hopeful');
    expect(xml).toMatch(
      /name="wrongly-hopeful"[^>]*>\s*<failure message="proved, declared refuted"/);
  });

  it('escapes line breaks in attributes so they survive parsing', () => {
    expect(xmlEscape('a\r\nb')).toBe('a&#13;\nb');
  });
});

describe('verifyToSarif', () => {
  const log = verifyToSarif(sampleReport());
  const run = log.runs[0];

  it('has the fields SARIF 2.1.0 requires', () => {
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('faultline');
    expect(run.tool.driver.version).toBe('9.9.9');
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'note']).toContain(r.level);
      expect(r.message.text).not.toBe('');
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).not.toBe('');
    }
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///repo/');
  });

  it('lists the checked properties and lemmas as rules, once each', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['naive-lock/MutualExclusion',
      'naive-lock/LockedWhenCritical', 'naive-lock/deadlock', 'two-phase-commit/TCConsistent',
      'quorum/intersect', 'quorum/disjoint', 'quorum/wrongly-hopeful']));
  });

  it('reports violations and refutations as errors when unexpected and notes when expected', () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['naive-lock/MutualExclusion', 'error'],
      ['naive-lock/MutualExclusion', 'note'],
      ['quorum/disjoint', 'note'],
      ['quorum/wrongly-hopeful', 'error'],
    ]);
  });

  it('points at the file and, where found, the declaring line', () => {
    const [unexpected, , refuted, hopeful] = run.results;
    expect(unexpected!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: LOCK_FILE, uriBaseId: 'SRCROOT' }, region: { startLine: 48 } });
    expect(refuted!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(hopeful!.locations[0]!.physicalLocation.region).toEqual({ startLine: 30 });
  });

  it('turns an entry without a verdict into a tool execution notification', () => {
    const invocation = run.invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.message.text))
      .toEqual(['broken: model has no parameter <x> (use rm)']);
  });
});

describe('renderVerifySummaryMarkdown', () => {
  it('has a row per check and per lemma, and lists what is not as expected', () => {
    const md = renderVerifySummaryMarkdown(sampleReport(), { lock: 'checks/lock/x.html' });
    expect(md).toContain('| PASS | lock (`test/fixtures/violated-naive-lock.ts`) | violated ' +
      'MutualExclusion in 4 steps | violated MutualExclusion in 4 steps | 9 | 0.25 s | ' +
      '[trace](checks/lock/x.html) |');
    expect(md).toContain('| **FAIL** | `models/thresholds/quorum.ts` | wrongly-hopeful | refuted ' +
      '| proved | 0.12 s |');
    expect(md).toContain('- lemma **wrongly-hopeful** (quorum): proved, declared refuted');
    expect(md).toContain('- check **broken**: model has no parameter <x>');
  });
});
