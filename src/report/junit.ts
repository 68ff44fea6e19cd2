/**
 * JUnit XML for a `verify` run, the format CI servers read test results
 * from: one `<testsuite>` for the checks and one for the proofs, a
 * `<testcase>` per check and per lemma, `<failure>` with the reason and the
 * replay command when a verdict is not as expected, `<error>` when an entry
 * ended without a verdict, and times in seconds.
 */
import { describeExpectation, describeVerdict } from '../props/index.ts';
import {
  declaredVerdict, type CheckEntryReport, type EntryError, type LemmaEntryReport,
  type ProofEntryReport, type VerifyReport,
} from './verify-report.ts';

/** One `<testcase>`, before rendering. */
interface Case {
  readonly name: string;
  readonly classname: string;
  readonly seconds: number;
  readonly failure?: { readonly message: string; readonly body: string };
  readonly error?: { readonly type: string; readonly message: string; readonly body: string };
  readonly out: string;
}

/**
 * Escapes `s` for XML text and attribute values, and drops the characters
 * XML 1.0 cannot carry at all (control characters other than tab and line
 * breaks, lone surrogates), so the document is well-formed whatever a model
 * names its properties.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Renders `report` as a JUnit XML document (UTF-8, ending with a newline). */
export function renderJunit(report: VerifyReport): string {
  const checks = report.checks.map(checkCase);
  const proofs = report.proofs.flatMap(proofCases);
  const all = [...checks, ...proofs];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: `faultline verify ${report.planName}`, ...counts(all),
      time: secs(report.seconds) })}>`,
    ...suite('checks', checks),
    ...suite('proofs', proofs),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function suite(name: string, cases: readonly Case[]): string[] {
  const time = cases.reduce((sum, c) => sum + c.seconds, 0);
  const head = `  <testsuite ${attrs({ name, ...counts(cases), skipped: '0', time: secs(time) })}`;
  if (cases.length === 0) return [`${head}/>`];
  return [`${head}>`, ...cases.flatMap(testcase), '  </testsuite>'];
}

function testcase(c: Case): string[] {
  const lines = [`    <testcase ${attrs({ name: c.name, classname: c.classname,
    time: secs(c.seconds) })}>`];
  if (c.failure) {
    const failure = attrs({ message: c.failure.message, type: 'verdict-mismatch' });
    lines.push(`      <failure ${failure}>${xmlEscape(c.failure.body)}</failure>`);
  }
  if (c.error) {
    lines.push(`      <error ${attrs({ message: c.error.message, type: c.error.type })}>` +
      `${xmlEscape(c.error.body)}</error>`);
  }
  lines.push(`      <system-out>${xmlEscape(c.out)}</system-out>`, '    </testcase>');
  return lines;
}

function checkCase(entry: CheckEntryReport): Case {
  const base = { name: entry.name, classname: `checks.${entry.file}`, seconds: entry.seconds };
  const expected = `expected ${describeExpectation(entry.expect)}`;
  if (entry.status === 'error') {
    return { ...base, error: errorOf(entry.error), out: `${expected}\nfile: ${entry.file}` };
  }
  const result = entry.run.result;
  const out = `${expected}\ngot ${describeVerdict(result.verdict)}\n` +
    `distinct states: ${result.stats.distinct}\nfile: ${entry.file}`;
  if (entry.status === 'pass') return { ...base, out };
  return { ...base, out,
    failure: { message: entry.reason, body: `${entry.reason}\nreplay: ${entry.replayCommand}` } };
}

function proofCases(entry: ProofEntryReport): Case[] {
  const cases = entry.lemmas.map((l) => lemmaCase(entry, l));
  // An error in the file as a whole (no such lemma, untranslatable code) is a case of its own.
  if (entry.errors.length > 0) {
    const body = entry.errors.map((e) => e.message).join('\n');
    cases.push({ name: `${entry.name} (file)`, classname: `proofs.${entry.file}`,
      seconds: 0, error: { ...errorOf(entry.errors[0]!), body }, out: `file: ${entry.file}` });
  }
  return cases;
}

function lemmaCase(entry: ProofEntryReport, l: LemmaEntryReport): Case {
  const out = `declared ${declaredVerdict(l.lemma)}\ngot ${l.lemma.verdict.kind}\n` +
    `file: ${entry.file}`;
  const base = { name: l.lemma.name, classname: `proofs.${entry.file}`,
    seconds: l.lemma.elapsedMs / 1000, out };
  if (l.status === 'pass') return base;
  const reason = l.reason ?? 'not as declared';
  return { ...base, failure: { message: reason, body: `${reason}\nreplay: ${l.replayCommand}` } };
}

function errorOf(e: EntryError): { type: string; message: string; body: string } {
  const body = [e.message, ...(e.hint === undefined ? [] : [`hint: ${e.hint}`])].join('\n');
  return { type: e.code, message: e.message, body };
}

function counts(cases: readonly Case[]): Record<string, string> {
  return {
    tests: String(cases.length),
    failures: String(cases.filter((c) => c.failure).length),
    errors: String(cases.filter((c) => c.error).length),
  };
}

function attrs(values: Readonly<Record<string, string>>): string {
  // A line break in an attribute would be read back as a space unless written as a reference.
  return Object.entries(values)
    .map(([k, v]) => `${k}="${xmlEscape(v).replace(/\n/g, '&#10;')}"`).join(' ');
}

function secs(s: number): string {
  return s.toFixed(3);
}
