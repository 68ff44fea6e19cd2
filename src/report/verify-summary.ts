/**
 * The Markdown summary of a `verify` run (`summary.md`): a table of the
 * checks and a table of the lemmas, each with the expected and actual
 * verdict, then every entry that is not as expected with its reason and the
 * command that replays it. Reads well in a CI job summary or a pull request.
 */
import { describeExpectation, describeVerdict } from '../props/index.ts';
import { formatCount, formatSeconds } from './format.ts';
import { renderVerifySummary } from './verify-text.ts';
import {
  declaredVerdict, verifyPassed, type CheckEntryReport, type ProofEntryReport, type VerifyReport,
} from './verify-report.ts';

const MARK = { pass: 'PASS', fail: '**FAIL**', error: '**ERROR**' } as const;

/**
 * Renders `report` as Markdown. `traceReports` maps a check's name to the
 * path (relative to the summary) of its written trace report, to link it.
 */
export function renderVerifySummaryMarkdown(report: VerifyReport,
  traceReports: Readonly<Record<string, string>> = {}): string {
  const out = [
    `# faultline verify: ${report.planName}`,
    '',
    `${verifyPassed(report) ? 'PASS' : '**FAIL**'}: ${renderVerifySummary(report).trim()}`,
    '',
    '## Checks',
    '',
    '| status | check | expected | actual | distinct | seconds | report |',
    '|---|---|---|---|---:|---:|---|',
    ...report.checks.map((c) => checkRow(c, traceReports[c.name])),
    '',
    '## Proofs',
    '',
    '| status | file | lemma | declared | actual | seconds |',
    '|---|---|---|---|---|---:|',
    ...report.proofs.flatMap(proofRows),
  ];
  const problems = problemLines(report);
  if (problems.length > 0) out.push('', '## Not as expected', '', ...problems);
  return `${out.join('\n')}\n`;
}

function checkRow(c: CheckEntryReport, traceReport: string | undefined): string {
  const run = c.status === 'error' ? undefined : c.run;
  const cells = [
    MARK[c.status], `${c.name} (\`${c.file}\`)`, describeExpectation(c.expect),
    run === undefined ? 'no verdict' : describeVerdict(run.result.verdict),
    run === undefined ? '' : formatCount(run.result.stats.distinct),
    formatSeconds(c.seconds),
    traceReport === undefined ? '' : `[trace](${encodeURI(traceReport)})`,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

function proofRows(p: ProofEntryReport): string[] {
  const rows = p.lemmas.map((l) => [MARK[l.status], `\`${p.file}\``, l.lemma.name,
    declaredVerdict(l.lemma), l.lemma.verdict.kind, formatSeconds(l.lemma.elapsedMs / 1000)]);
  if (p.errors.length > 0) {
    rows.push([MARK.error, `\`${p.file}\``, '', '', p.errors.map((e) => e.message).join('; '),
      '']);
  }
  return rows.map((cells) => `| ${cells.map(cell).join(' | ')} |`);
}

function problemLines(report: VerifyReport): string[] {
  const out: string[] = [];
  for (const c of report.checks) {
    if (c.status === 'fail') out.push(`- check **${c.name}**: ${c.reason}`, fence(c.replayCommand));
    if (c.status === 'error') out.push(`- check **${c.name}**: ${c.error.message}`);
  }
  for (const p of report.proofs) {
    for (const l of p.lemmas.filter((x) => x.status === 'fail')) {
      out.push(`- lemma **${l.lemma.name}** (${p.name}): ${l.reason ?? ''}`,
        fence(l.replayCommand));
    }
    for (const e of p.errors) out.push(`- proof **${p.name}**: ${e.message}`);
  }
  return out;
}

function fence(command: string): string {
  return `\n  \`\`\`sh\n  ${command}\n  \`\`\`\n`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
