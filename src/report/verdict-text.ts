/**
 * The words for a verdict, shared by every renderer so that terminal,
 * Markdown and HTML say the same thing. A search cut short is never called
 * "holds".
 */
import type { PropertyRef, Verdict } from '../engine/index.ts';
import type { CheckReport } from './check-report.ts';
import { formatCount } from './format.ts';

/** A one-word status: `HOLDS`, `VIOLATED` or `INCOMPLETE`. */
export function verdictWord(v: Verdict): 'HOLDS' | 'VIOLATED' | 'INCOMPLETE' {
  if (v.kind === 'holds') return 'HOLDS';
  return v.kind === 'violated' ? 'VIOLATED' : 'INCOMPLETE';
}

/** The property as a phrase: `invariant 'Agreement'`, `deadlock freedom`. */
export function describeProperty(p: PropertyRef): string {
  switch (p.kind) {
    case 'invariant':
      return `invariant '${p.name}'`;
    case 'step':
      return `step property '${p.name}'`;
    case 'deadlock':
      return 'deadlock freedom';
    case 'reachable':
      return `reachability goal '${p.name}'`;
  }
}

/** One sentence saying what the verdict means for this run. */
export function explainVerdict(report: CheckReport): string {
  const v = report.result.verdict;
  const distinct = formatCount(report.result.stats.distinct);
  switch (v.kind) {
    case 'holds':
      return `every property holds in all ${distinct} reachable states`;
    case 'incomplete': {
      const flag = v.bound === 'max-depth' ? '--max-depth' : '--max-states';
      return `the search stopped at ${flag} ${formatCount(v.limit)} before exploring every ` +
        `state; no violation in the ${distinct} states explored, which proves nothing about ` +
        'the rest (raise or drop the bound for a complete search)';
    }
    case 'violated':
      return explainViolation(v.property);
  }
}

function explainViolation(p: PropertyRef): string {
  switch (p.kind) {
    case 'invariant':
      return `${describeProperty(p)} is false in a reachable state`;
    case 'step':
      return `${describeProperty(p)} is false on a reachable step`;
    case 'deadlock':
      return 'a reachable state has no enabled step and is not marked terminal ' +
        '(use --no-deadlock if stopping is intended, or declare `terminal`)';
    case 'reachable':
      return `${describeProperty(p)} is met by no reachable state, so properties may hold ` +
        'only vacuously';
  }
}

/** `shortest trace` under breadth-first search (where it is one), else `trace`. */
export function traceTitle(report: CheckReport): string {
  const n = report.trace?.steps.length ?? 0;
  const what = report.settings.strategy === 'bfs' ? 'Shortest trace' : 'Trace';
  return `${what} (${n} step${n === 1 ? '' : 's'})`;
}

/** The note beside an action that never fired (hedged when the search was cut short). */
export function neverFiredNote(report: CheckReport): string {
  return searchedAll(report) ? 'never fired' : 'not fired in the states explored';
}

/** Whether the search visited every reachable state (it was neither cut nor stopped early). */
function searchedAll(report: CheckReport): boolean {
  const v = report.result.verdict;
  return v.kind === 'holds' || (v.kind === 'violated' && v.property.kind === 'reachable');
}

/** The status of a reachability goal (hedged when the search was cut short). */
export function goalStatus(report: CheckReport, met: boolean): string {
  if (met) return 'met';
  return report.result.verdict.kind === 'incomplete' ? 'not met in the states explored'
    : 'NOT MET';
}
