/**
 * The terminal rendering of a check: verdict, counts, coverage,
 * reachability, warnings and, on a violation, the trace step by step with
 * the command that replays it. Plain text without colour or cursor codes.
 */
import type { TraceStep } from '../trace/index.ts';
import { finalState, processName } from '../trace/index.ts';
import type { CheckReport } from './check-report.ts';
import { formatChance, formatChange, formatCount, formatMessage, formatParams,
  formatSeconds } from './format.ts';
import { stateFields } from './typed-value.ts';
import { describeProperty, explainVerdict, goalStatus, neverFiredNote, traceTitle,
  verdictWord } from './verdict-text.ts';

/** How much the terminal report shows. */
export interface TextOptions {
  /** Leave out coverage, reachability and warnings (default false). */
  readonly quiet?: boolean;
  /** Also print the full state at the end of the trace (default false). */
  readonly verbose?: boolean;
}

/** Renders `report` for a terminal; the result ends with a newline. */
export function renderText(report: CheckReport, opts: TextOptions = {}): string {
  const out: string[] = [];
  out.push(`${report.model} (${formatParams(report.params)}): ${report.file}`);
  out.push(`${verdictWord(report.result.verdict)}: ${explainVerdict(report)}`);
  out.push(statsLine(report));
  out.push(`  checked: ${checkedList(report)}`);
  if (!opts.quiet) out.push(...coverageLines(report), ...reachLines(report));
  if (!opts.quiet) out.push(...warningLines(report));
  if (report.trace) out.push(...traceLines(report, opts.verbose === true));
  if (report.result.verdict.kind !== 'holds') out.push('', `Replay: ${report.replayCommand}`);
  return `${out.join('\n')}\n`;
}

function statsLine(report: CheckReport): string {
  const s = report.result.stats;
  const line = `  ${formatCount(s.distinct)} distinct states, ${formatCount(s.generated)} ` +
    `generated, depth ${s.depth}, ${formatSeconds(s.seconds)}, ${s.strategy}`;
  // States are told apart by 64-bit fingerprints; say so once the chance is worth a glance.
  const p = s.collisionProbability;
  return p < 1e-12 ? line : `${line}\n  chance that two states shared a fingerprint: ${
    p.toExponential(1)}`;
}

function checkedList(report: CheckReport): string {
  const parts = [
    ...report.checked.invariants.map((n) => `invariant ${n}`),
    ...report.checked.stepProperties.map((n) => `step property ${n}`),
    ...report.result.reachable.map((r) => `reachable ${r.name}`),
  ];
  if (report.settings.deadlock) parts.push('deadlock');
  return parts.length > 0 ? parts.join(', ') : 'nothing (the model declares no properties)';
}

function coverageLines(report: CheckReport): string[] {
  const cov = report.result.coverage;
  if (cov.length === 0) return [];
  const width = Math.max(...cov.map((c) => c.action.length));
  const counts = cov.map((c) => formatCount(c.fired));
  const countWidth = Math.max(...counts.map((c) => c.length));
  const lines = cov.map((c, i) => {
    const flag = c.fired === 0 ? `  <- ${neverFiredNote(report)}` : '';
    return `  ${c.action.padEnd(width)}  ${counts[i]!.padStart(countWidth)}${flag}`;
  });
  return ['Coverage (times each action fired):', ...lines];
}

function reachLines(report: CheckReport): string[] {
  const goals = report.result.reachable;
  if (goals.length === 0) return [];
  const width = Math.max(...goals.map((g) => g.name.length));
  return ['Reachability goals:',
    ...goals.map((g) => `  ${g.name.padEnd(width)}  ${goalStatus(report, g.met)}`)];
}

function warningLines(report: CheckReport): string[] {
  const w = report.result.warnings;
  return w.length === 0 ? [] : ['Warnings:', ...w.map((x) => `  - ${x}`)];
}

function traceLines(report: CheckReport, verbose: boolean): string[] {
  const trace = report.trace!;
  const out = ['', `${traceTitle(report)}:`, '  0. initial state'];
  for (const [name, text] of stateFields(trace.stateType, trace.initial)) {
    out.push(`       ${name} = ${text}`);
  }
  const name = (id: number): string => processName(trace, id);
  for (const step of trace.steps) out.push(...stepLines(step, name));
  const v = report.result.verdict;
  if (v.kind === 'violated') out.push(`  -> ${describeProperty(v.property)} fails here`);
  if (verbose) {
    out.push('', 'Final state:');
    for (const [name, text] of stateFields(trace.stateType, finalState(trace))) {
      out.push(`  ${name} = ${text}`);
    }
  }
  return out;
}

/** One step: its number, label and facts, then one line per changed field. */
export function stepLines(step: TraceStep, name: (id: number) => string = String): string[] {
  const facts: string[] = [];
  if (step.kind === 'fault') facts.push('[fault]');
  facts.push(step.label);
  if (step.actor !== undefined) facts.push(`actor ${name(step.actor)}`);
  if (step.message) facts.push(`message ${formatMessage(step.message, name)}`);
  if (step.chance !== undefined) facts.push(`chance ${formatChance(step.chance)}`);
  const changes = step.changes.length > 0
    ? step.changes.map((c) => `       ${formatChange(c)}`)
    : ['       (no field changed)'];
  return [`  ${step.index}. ${facts.join('  ')}`, ...changes];
}
