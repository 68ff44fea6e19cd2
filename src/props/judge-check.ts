/**
 * Comparing what a search found with what a plan expects. The rule that
 * matters most: a search cut short by a bound never passes for "holds".
 */
import type { SearchResult, Verdict } from '../engine/index.ts';
import type { CheckExpectation } from './plan.ts';

/** Whether a result is as expected, and if not, why, in one phrase. */
export type Judgement =
  | { readonly pass: true }
  | { readonly pass: false; readonly reason: string };

/** The expectation as a phrase: `holds`, `violated Agreement in 5 steps`. */
export function describeExpectation(expect: CheckExpectation): string {
  if (expect === 'holds') return 'holds';
  if ('incomplete' in expect) return `incomplete at ${expect.incomplete}`;
  const steps = expect.traceLength === undefined ? '' : ` in ${plural(expect.traceLength)}`;
  return `violated ${expect.violated}${steps}`;
}

/** The verdict as a phrase in the same words: `violated Agreement in 5 steps`. */
export function describeVerdict(v: Verdict): string {
  switch (v.kind) {
    case 'holds':
      return 'holds';
    case 'incomplete':
      return `incomplete at ${v.bound} ${v.limit}`;
    case 'violated': {
      const steps = v.path === undefined ? ' (no trace)' : ` in ${plural(v.path.steps.length)}`;
      return `violated ${v.property.name}${steps}`;
    }
  }
}

/**
 * Judges `result` against the expected verdict and, when given, the exact
 * distinct-state count. The verdict is judged first; the count only when the
 * verdict is as expected, so the reason names the first thing that is off.
 */
export function judgeCheck(expect: CheckExpectation, distinct: number | undefined,
  result: SearchResult): Judgement {
  const verdict = judgeVerdict(expect, result.verdict);
  if (!verdict.pass) return verdict;
  const found = result.stats.distinct;
  if (distinct !== undefined && found !== distinct) {
    return { pass: false, reason: `${found} distinct states, expected ${distinct}` };
  }
  return { pass: true };
}

function judgeVerdict(expect: CheckExpectation, v: Verdict): Judgement {
  const got = describeVerdict(v);
  const mismatch = { pass: false, reason: `${got}, expected ${describeExpectation(expect)}` };
  if (expect === 'holds') return v.kind === 'holds' ? { pass: true } : mismatch;
  if ('incomplete' in expect) {
    return v.kind === 'incomplete' && v.bound === expect.incomplete ? { pass: true } : mismatch;
  }
  if (v.kind !== 'violated' || v.property.name !== expect.violated) return mismatch;
  if (expect.traceLength === undefined) return { pass: true };
  return v.path?.steps.length === expect.traceLength ? { pass: true } : mismatch;
}

function plural(steps: number): string {
  return steps === 1 ? '1 step' : `${steps} steps`;
}
