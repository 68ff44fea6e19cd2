/**
 * A trace drawn as a message sequence diagram in inline SVG: one lifeline per
 * process (plus an "env" lifeline for steps that name no process), one row
 * per step, an arrow per message receiver, a box for a step without a
 * message, fault steps in red and dashed, and the violated property marked
 * after the last step.
 *
 * Limit: processes are the numbers that actions give as `actor` or in
 * `message`; a model that declares neither gets every step on "env".
 */
import type { StepMessage } from '../model/index.ts';
import type { Trace, TraceStep } from '../trace/index.ts';
import { escapeXml } from './escape.ts';

const LANE = 120;
const LEFT = 48;
const TOP = 44;
const ROW = 40;
const ENV = 'env';

type LaneId = number | typeof ENV;

/** The lifelines of `trace`, in order: processes ascending, then "env" if needed. */
export function lifelines(trace: Trace): LaneId[] {
  const ids = new Set<number>();
  let env = false;
  for (const s of trace.steps) {
    if (s.actor !== undefined) ids.add(s.actor);
    if (s.message) for (const p of [s.message.from, ...receivers(s.message)]) ids.add(p);
    if (s.actor === undefined && !s.message) env = true;
  }
  const lanes: LaneId[] = [...ids].sort((a, b) => a - b);
  if (env || lanes.length === 0) lanes.push(ENV);
  return lanes;
}

function receivers(m: StepMessage): readonly number[] {
  return typeof m.to === 'number' ? [m.to] : m.to;
}

/** The SVG markup of `trace`; `violated` is the phrase drawn after the last step. */
export function sequenceDiagram(trace: Trace, violated: string | undefined): string {
  const lanes = lifelines(trace);
  const x = (id: LaneId): number => LEFT + LANE * lanes.indexOf(id) + LANE / 2;
  // Wide enough for the lanes and for the violation's caption (about 7 px a character).
  const caption = violated ? LEFT + 24 + 7 * (violated.length + 2) : 0;
  const width = Math.max(LEFT + LANE * lanes.length + 16, caption);
  const bottom = TOP + ROW * (trace.steps.length + 1) + (violated ? ROW : 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${bottom + 8}" ` +
      `viewBox="0 0 ${width} ${bottom + 8}" role="img" aria-label="message sequence diagram">`,
    `<defs>${marker('arrow', '#2c5282')}${marker('arrow-fault', '#c0392b')}</defs>`,
  ];
  for (const id of lanes) {
    const name = id === ENV ? ENV : trace.processes[id] ?? `P${id}`;
    parts.push(lifeline(name, x(id), bottom));
  }
  trace.steps.forEach((step, i) => parts.push(stepRow(step, TOP + ROW * (i + 1), x)));
  if (violated) {
    const y = TOP + ROW * (trace.steps.length + 1);
    parts.push(`<line class="violation" x1="${LEFT}" y1="${y}" x2="${width - 8}" y2="${y}"/>`,
      `<text class="violation" x="${LEFT + 4}" y="${y + 18}">✗ ${escapeXml(violated)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function marker(id: string, colour: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" ` +
    `markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
}

function lifeline(name: string, cx: number, bottom: number): string {
  return `<g class="lane"><rect x="${cx - 40}" y="8" width="80" height="24" rx="4"/>` +
    `<text x="${cx}" y="25" text-anchor="middle">${escapeXml(name)}</text>` +
    `<line x1="${cx}" y1="32" x2="${cx}" y2="${bottom}"/></g>`;
}

function stepRow(step: TraceStep, y: number, x: (id: LaneId) => number): string {
  const cls = step.kind === 'fault' ? 'step fault' : 'step';
  const title = `<title>${escapeXml(`${step.index}. ${step.label}`)}</title>`;
  const num = `<text class="num" x="8" y="${y + 4}">${step.index}</text>`;
  const body = step.message ? messageArrows(step, step.message, y, x) : stepBox(step, y, x);
  return `<g class="${cls}">${title}${num}${body}</g>`;
}

function messageArrows(step: TraceStep, m: StepMessage, y: number,
  x: (id: LaneId) => number): string {
  const from = x(m.from);
  const head = `marker-end="url(#${step.kind === 'fault' ? 'arrow-fault' : 'arrow'})"`;
  const out: string[] = [];
  for (const to of receivers(m)) {
    const tx = x(to);
    if (tx === from) {
      out.push(`<path d="M${from},${y - 6} h24 v12 h-22" fill="none" ${head}/>`);
    } else {
      out.push(`<line x1="${from}" y1="${y}" x2="${tx}" y2="${y}" ${head}/>`);
    }
  }
  // The text sits over the span to the nearest receiver, clear of the other arrowheads.
  const nearest = receivers(m).map(x).sort((a, b) => Math.abs(a - from) - Math.abs(b - from))[0];
  const mid = nearest === undefined || nearest === from ? from + 40 : (from + nearest) / 2;
  out.push(`<text x="${mid}" y="${y - 6}" text-anchor="middle">${escapeXml(m.text)}</text>`,
    `<text class="label" x="${mid}" y="${y + 13}" text-anchor="middle">` +
      `${escapeXml(step.label)}</text>`);
  return out.join('');
}

function stepBox(step: TraceStep, y: number, x: (id: LaneId) => number): string {
  const cx = x(step.actor ?? ENV);
  // A box fits the lane (about 7 px a character); longer labels are cut with an ellipsis,
  // and the full label is in the steps table below the diagram.
  const text = step.label.length > 15 ? `${step.label.slice(0, 14)}…` : step.label;
  const half = Math.max(30, Math.ceil(text.length * 3.6) + 8);
  return `<rect x="${cx - half}" y="${y - 11}" width="${2 * half}" height="22" rx="3"/>` +
    `<text x="${cx}" y="${y + 4}" text-anchor="middle">${escapeXml(text)}</text>`;
}
