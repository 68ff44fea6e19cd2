/**
 * A Markdown report of a check, for pull requests and wikis: verdict,
 * counts, coverage, reachability, warnings and the trace as a table of
 * steps with their state changes, then the replay command.
 */
import { processName, type Trace } from '../trace/index.ts';
import type { CheckReport } from './check-report.ts';
import { formatChange, formatCount, formatMessage, formatParams,
  formatSeconds } from './format.ts';
import { stateFields } from './typed-value.ts';
import { describeProperty, explainVerdict, goalStatus, neverFiredNote, traceTitle,
  verdictWord } from './verdict-text.ts';

/** Renders `report` as Markdown; the result ends with a newline. */
export function renderMarkdown(report: CheckReport): string {
  const s = report.result.stats;
  const out: string[] = [
    `# faultline check: ${report.model}`, '',
    `File \`${report.file}\`, parameters ${formatParams(report.params)}, ` +
      `${s.strategy} search.`, '',
    `**${verdictWord(report.result.verdict)}**: ${explainVerdict(report)}.`, '',
    '| distinct | generated | depth | time |', '|---:|---:|---:|---:|',
    `| ${formatCount(s.distinct)} | ${formatCount(s.generated)} | ${s.depth} | ` +
      `${formatSeconds(s.seconds)} |`, '',
    '## Coverage', '', '| action | fired | |', '|---|---:|---|',
    ...report.result.coverage.map((c) => `| ${cell(c.action)} | ${formatCount(c.fired)} | ` +
      `${c.fired === 0 ? `**${neverFiredNote(report)}**` : ''} |`),
  ];
  if (report.result.reachable.length > 0) {
    out.push('', '## Reachability goals', '',
      ...report.result.reachable.map((g) =>
        `- ${g.name}: ${g.met ? 'met' : `**${goalStatus(report, false)}**`}`));
  }
  if (report.result.warnings.length > 0) {
    out.push('', '## Warnings', '', ...report.result.warnings.map((w) => `- ${w}`));
  }
  if (report.trace) out.push('', ...traceMarkdown(report, report.trace));
  if (report.result.verdict.kind !== 'holds') {
    out.push('', '## Replay', '', '```sh', report.replayCommand, '```');
  }
  return `${out.join('\n')}\n`;
}

function traceMarkdown(report: CheckReport, trace: Trace): string[] {
  const init = stateFields(trace.stateType, trace.initial).map(([k, x]) => `${k} = ${x}`);
  const name = (id: number): string => processName(trace, id);
  const rows = trace.steps.map((st) => {
    const changes = st.changes.map((c) => `\`${cell(formatChange(c))}\``).join('<br>');
    const msg = st.message ? cell(formatMessage(st.message, name)) : '';
    const actor = st.actor === undefined ? '' : cell(name(st.actor));
    return `| ${st.index} | ${cell(st.label)}${st.kind === 'fault' ? ' *(fault)*' : ''} | ` +
      `${actor} | ${msg} | ${changes || '(none)'} |`;
  });
  const v = report.result.verdict;
  const end = v.kind === 'violated' ? [``, `${describeProperty(v.property)} fails after step ` +
    `${trace.steps.length}.`] : [];
  return [
    `## ${traceTitle(report)}`, '', 'Initial state:', '', '```', ...init, '```', '',
    '| # | step | actor | message | changes |', '|---:|---|---|---|---|', ...rows, ...end,
  ];
}

/** Text safe inside a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
