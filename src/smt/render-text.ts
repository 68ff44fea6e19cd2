/**
 * The terminal rendering of a prove report: one line per lemma with its
 * verdict beside the declared one, counterexamples and witnesses indented
 * below, errors in compiler style, and a closing summary.
 */
import type { LemmaReport, ProveReport } from './report.ts';
import { renderProveError } from './render-error.ts';

function values(counterexample: Readonly<Record<string, number>>): string {
  return Object.entries(counterexample).map(([k, v]) => `${k}=${v}`).join(', ');
}

function lemmaLines(lemma: LemmaReport): string[] {
  const mark = lemma.asExpected ? 'ok  ' : lemma.verdict.kind === 'unknown' ? '??  ' : 'FAIL';
  const declared = lemma.expect === undefined ? '' : ` (declared ${lemma.expect})`;
  const head = `${mark} ${lemma.verdict.kind.padEnd(8)} ${lemma.name}${declared}`;
  const v = lemma.verdict;
  if (v.kind === 'proved') return [head];
  if (v.kind === 'unknown') return [head, `       why: ${v.reason}`];
  const smallest = v.minimal ? 'smallest counterexample' : 'counterexample (search cut short)';
  const lines = [head, `       ${smallest}: ${values(v.counterexample)}`];
  for (const line of v.witness?.split('\n') ?? []) lines.push(`       ${line}`);
  return lines;
}

/** Summarises the verdicts in one line. */
export function summaryLine(report: ProveReport): string {
  const count = (kind: string) => report.lemmas.filter((l) => l.verdict.kind === kind).length;
  const off = report.lemmas.filter((l) => !l.asExpected).length;
  const verdicts = `${count('proved')} proved, ${count('refuted')} refuted, `
    + `${count('unknown')} unknown`;
  const status = off === 0 ? 'all as declared' : `${off} not as declared`;
  const errors = report.errors.length === 0 ? '' : `; ${report.errors.length} error(s)`;
  return `${report.lemmas.length} lemma(s): ${verdicts}; ${status}${errors} `
    + `(${report.elapsedMs} ms)`;
}

/** Renders a whole report for a terminal; paths relative to `cwd`. */
export function renderProveText(report: ProveReport, cwd = process.cwd()): string {
  const title = `prove ${report.file}${report.model === undefined ? '' : ` (${report.model})`}`;
  return [
    title,
    ...report.lemmas.flatMap(lemmaLines),
    ...report.errors.map((e) => renderProveError(e, cwd)),
    summaryLine(report),
  ].join('\n') + '\n';
}
