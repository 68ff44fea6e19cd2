/**
 * A self-contained HTML report of a check: one file with its styles inline
 * and no external resources, showing the verdict, the counts, coverage and
 * reachability, and on a violation the trace as a message sequence diagram
 * followed by each step's state changes and the replay command.
 */
import { processName, type Trace } from '../trace/index.ts';
import type { CheckReport } from './check-report.ts';
import { escapeXml as esc } from './escape.ts';
import { formatChange, formatCount, formatMessage, formatParams,
  formatSeconds } from './format.ts';
import { sequenceDiagram } from './sequence-diagram.ts';
import { stateFields } from './typed-value.ts';
import { describeProperty, explainVerdict, goalStatus, neverFiredNote, traceTitle,
  verdictWord } from './verdict-text.ts';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
.verdict{padding:.6em 1em;border-radius:6px;font-weight:600}
.HOLDS{background:#e3f4e6}.VIOLATED{background:#fbe3e1}.INCOMPLETE{background:#fff3d6}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25em .6em;
text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font:12.5px ui-monospace,monospace}pre{background:#f5f5f5;padding:.6em;overflow:auto}
.never{color:#b03a2e;font-weight:600}tr.fault td{background:#fdf0ee}
svg text{font:12px system-ui,sans-serif}svg .lane rect{fill:#eef2f7;stroke:#6b7a90}
svg .lane line{stroke:#9aa5b5;stroke-dasharray:4 4}svg .num{fill:#777}
svg .step line,svg .step path{stroke:#2c5282;stroke-width:1.5}
svg .step rect{fill:#fff;stroke:#2c5282}svg .label{fill:#777;font-size:10.5px}
svg .fault line,svg .fault path,svg .fault rect{stroke:#c0392b;stroke-dasharray:5 3}
svg .fault text{fill:#c0392b}svg line.violation{stroke:#c0392b;stroke-width:2}
svg text.violation{fill:#c0392b;font-weight:600}
`;

/** Renders `report` as one self-contained HTML document. */
export function renderHtml(report: CheckReport): string {
  const v = report.result.verdict;
  const word = verdictWord(v);
  const title = `${report.model} (${formatParams(report.params)}): ${word}`;
  const body: string[] = [
    `<h1>faultline check: ${esc(report.model)}</h1>`,
    `<p>File <code>${esc(report.file)}</code>, parameters ${esc(formatParams(report.params))}` +
      `, ${report.settings.strategy} search.</p>`,
    `<p class="verdict ${word}">${word}: ${esc(explainVerdict(report))}</p>`,
    statsTable(report),
    coverageTable(report),
    ...reachSection(report),
    ...warningSection(report),
  ];
  if (report.trace) {
    const violated = v.kind === 'violated' ? describeProperty(v.property) : undefined;
    body.push(...traceSection(report, report.trace, violated));
  }
  if (v.kind !== 'holds') {
    body.push('<h2>Replay</h2>', `<pre>${esc(report.replayCommand)}</pre>`);
  }
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n` +
    `${body.join('\n')}\n</body></html>\n`;
}

function statsTable(report: CheckReport): string {
  const s = report.result.stats;
  const rows: [string, string][] = [
    ['distinct states', formatCount(s.distinct)], ['generated states', formatCount(s.generated)],
    ['depth', String(s.depth)], ['time', formatSeconds(s.seconds)],
    ['largest queue', formatCount(s.queuePeak)],
  ];
  return `<table>${rows.map(([k, x]) => `<tr><th>${k}</th><td class="n">${x}</td></tr>`)
    .join('')}</table>`;
}

function coverageTable(report: CheckReport): string {
  const rows = report.result.coverage.map((c) => {
    const flag = c.fired === 0 ? `<span class="never">${neverFiredNote(report)}</span>` : '';
    return `<tr><td>${esc(c.action)}</td><td class="n">${formatCount(c.fired)}</td>` +
      `<td>${flag}</td></tr>`;
  });
  return '<h2>Coverage</h2><table><tr><th>action</th><th>fired</th><th></th></tr>' +
    `${rows.join('')}</table>`;
}

function reachSection(report: CheckReport): string[] {
  const goals = report.result.reachable;
  if (goals.length === 0) return [];
  const rows = goals.map((g) => `<tr><td>${esc(g.name)}</td><td>` +
    `${g.met ? 'met' : `<span class="never">${goalStatus(report, false)}</span>`}</td></tr>`);
  return ['<h2>Reachability goals</h2>', `<table>${rows.join('')}</table>`];
}

function warningSection(report: CheckReport): string[] {
  const w = report.result.warnings;
  if (w.length === 0) return [];
  return ['<h2>Warnings</h2>', `<ul>${w.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`];
}

function traceSection(report: CheckReport, trace: Trace, violated: string | undefined):
  string[] {
  const init = stateFields(trace.stateType, trace.initial)
    .map(([k, x]) => `${k} = ${x}`).join('\n');
  const name = (id: number): string => processName(trace, id);
  const rows = trace.steps.map((s) => {
    const changes = s.changes.map((c) => esc(formatChange(c))).join('<br>') || '(none)';
    const actor = s.actor === undefined ? '' : esc(name(s.actor));
    return `<tr class="${s.kind}"><td class="n">${s.index}</td><td>${esc(s.label)}` +
      `${s.kind === 'fault' ? ' (fault)' : ''}</td><td>${actor}</td>` +
      `<td>${s.message ? esc(formatMessage(s.message, name)) : ''}</td><td><code>${changes}` +
      '</code></td></tr>';
  });
  return [
    `<h2>${esc(traceTitle(report))}</h2>`,
    sequenceDiagram(trace, violated),
    '<h3>Initial state</h3>', `<pre>${esc(init)}</pre>`,
    '<h3>Steps</h3>',
    '<table><tr><th>#</th><th>step</th><th>actor</th><th>message</th><th>changes</th></tr>' +
      `${rows.join('')}</table>`,
    violated ? `<p class="verdict VIOLATED">${esc(violated)} fails after step ` +
      `${trace.steps.length}.</p>` : '',
  ];
}
