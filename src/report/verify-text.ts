/**
 * The terminal rendering of a `verify` run: one line per entry as it
 * finishes (PASS, FAIL or ERROR, expected beside actual, distinct count,
 * seconds), the reason and a replay command under each failure, and a
 * closing summary. Plain text without colour or cursor codes.
 */
import { describeExpectation, describeVerdict } from '../props/index.ts';
import { formatCount, formatSeconds } from './format.ts';
import {
  declaredVerdict, verifyTotals, type CheckEntryReport, type EntryError, type LemmaEntryReport,
  type ProofEntryReport, type VerifyReport,
} from './verify-report.ts';

/** How much an entry's lines show. */
export interface VerifyTextOptions {
  /** Pad entry names to this width so columns line up (default: no padding). */
  readonly nameWidth?: number;
  /** Show every lemma of a proof file, not only those not as declared, and stack traces. */
  readonly verbose?: boolean;
}

const MARK = { pass: 'PASS ', fail: 'FAIL ', error: 'ERROR' } as const;

/** The lines for one check; the result ends with a newline. */
export function renderCheckEntry(entry: CheckEntryReport, opts: VerifyTextOptions = {}): string {
  const head = `${MARK[entry.status]} check ${entry.name.padEnd(opts.nameWidth ?? 0)}`;
  const expected = `expected ${describeExpectation(entry.expect)}`;
  if (entry.status === 'error') {
    return `${head}  ${expected}; ${formatSeconds(entry.seconds)}\n` +
      errorLines(entry.error, opts.verbose === true) + `      replay: ${entry.replayCommand}\n`;
  }
  const got = describeVerdict(entry.run.result.verdict);
  const distinct = `${formatCount(entry.run.result.stats.distinct)} distinct`;
  const lines = [`${head}  ${expected}, got ${got}; ${distinct}; ${formatSeconds(entry.seconds)}`];
  if (entry.status === 'fail') {
    lines.push(`      why: ${entry.reason}`, `      replay: ${entry.replayCommand}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The lines for one proof file; the result ends with a newline. */
export function renderProofEntry(entry: ProofEntryReport, opts: VerifyTextOptions = {}): string {
  const head = `${MARK[entry.status]} proof ${entry.name.padEnd(opts.nameWidth ?? 0)}`;
  const off = entry.lemmas.filter((l) => l.status === 'fail').length;
  const status = off === 0 ? 'as declared' : `${off} not as declared`;
  const lines = [`${head}  ${entry.lemmas.length} lemma(s) ${status} (${lemmaCounts(entry)}); ` +
    formatSeconds(entry.seconds)];
  for (const l of entry.lemmas) {
    if (l.status === 'fail' || opts.verbose === true) lines.push(...lemmaLines(l));
  }
  const text = `${lines.join('\n')}\n`;
  return text + entry.errors.map((e) => errorLines(e, opts.verbose === true)).join('');
}

/** The closing line: how many entries, whether all were as expected, and the time. */
export function renderVerifySummary(report: VerifyReport): string {
  const t = verifyTotals(report);
  const what = `${t.checks} check(s), ${t.proofFiles} proof file(s) with ${t.lemmas} lemma(s)`;
  const problems = [
    ...(t.failed > 0 ? [`${t.failed} not as expected`] : []),
    ...(t.errors > 0 ? [`${t.errors} error(s)`] : []),
  ];
  const status = problems.length === 0 ? 'every verdict as expected' : problems.join(', ');
  return `verify ${report.planFile} (${report.planName}): ${what}; ${status}; ` +
    `${formatSeconds(report.seconds)}\n`;
}

function lemmaCounts(entry: ProofEntryReport): string {
  const count = (kind: string) => entry.lemmas.filter((l) => l.lemma.verdict.kind === kind).length;
  const unknown = count('unknown');
  return `${count('proved')} proved, ${count('refuted')} refuted` +
    (unknown > 0 ? `, ${unknown} unknown` : '');
}

function lemmaLines(l: LemmaEntryReport): string[] {
  if (l.status === 'pass') {
    return [`      ok   ${l.lemma.name}: ${l.lemma.verdict.kind}, as declared`];
  }
  const why = l.reason ?? `${l.lemma.verdict.kind}, declared ${declaredVerdict(l.lemma)}`;
  return [`      FAIL ${l.lemma.name}: ${why}`, `           replay: ${l.replayCommand}`];
}

function errorLines(e: EntryError, verbose: boolean): string {
  const lines = [`      error: ${e.message}`];
  if (e.hint !== undefined) lines.push(`      hint: ${e.hint}`);
  if (verbose && e.detail !== undefined) lines.push(e.detail);
  return `${lines.join('\n')}\n`;
}
