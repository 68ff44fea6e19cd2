/**
 * Thresholds of Ben-Or's randomised consensus with Byzantine faults: n
 * processes, at most f of which lie (and may tell different processes
 * different things), and n > 5f.
 *
 * A process waits for `waitFor(n, f)` messages per phase. Phase 1: it proposes
 * "D v" on more than (n + f)/2 reports of v (`phase1Majority`). Phase 2: it
 * decides v on more than (n + f)/2 "D v" messages (`decideAt` is the smallest
 * such count), adopts v on at least f + 1 (`adoptAt`), and otherwise flips a
 * coin. Up to f of any received messages may be lies.
 */
import { defineArithmetic, implies } from '../../src/model/arithmetic.ts';

/** Messages a process waits for in each phase: all but the f that may stay silent. */
export function waitFor(n: number, f: number): number {
  return n - f;
}

/** Whether `count` reports of one value are a phase-1 majority: more than (n + f)/2. */
export function phase1Majority(n: number, f: number, count: number): boolean {
  return count > (n + f) / 2;
}

/** "D v" messages needed to decide: the smallest count above (n + f)/2. */
export function decideAt(n: number, f: number): number {
  return Math.floor((n + f) / 2) + 1;
}

/** "D v" messages that make a process adopt v: more than the f liars can forge. */
export function adoptAt(n: number, f: number): number {
  return f + 1;
}

/** Whether unanimous correct inputs lead every correct process to decide in round one. */
function unanimousDecides(n: number, f: number): boolean {
  // Of the waitFor messages received, up to f may come from liars.
  const honest = waitFor(n, f) - f;
  return phase1Majority(n, f, honest) && honest >= decideAt(n, f);
}

/** The lemmas the Byzantine variant rests on, for every n > 5f. */
export const arithmetic = defineArithmetic({
  name: 'ben-or-byzantine',
  sizes: {
    n: { min: 1, doc: 'processes' },
    f: { min: 0, doc: 'Byzantine processes' },
  },
  assume: (n, f) => n > 5 * f,
  lemmas: {
    'phase1-at-most-one-value': {
      doc: 'Two correct processes cannot propose different values: a and b honest senders of '
        + 'two values (a + b <= n - f) plus f liars each cannot both exceed (n + f)/2.',
      vars: { a: { min: 0 }, b: { min: 0 } },
      where: (n, f, a, b) => a + b + f <= n,
      claim: (n, f, a, b) => !(phase1Majority(n, f, a + f) && phase1Majority(n, f, b + f)),
    },
    'decision-reachable': {
      doc: 'The decision threshold fits in what a process waits for.',
      claim: (n, f) => decideAt(n, f) <= waitFor(n, f),
    },
    'decision-forces-adoption': {
      doc: 'If a correct process decides v, at least decideAt - f correct processes sent "D v"; '
        + 'any other correct process misses at most f of them and still sees adoptAt.',
      vars: { h: { min: 0 } },
      where: (n, f, h) => h <= n - f,
      claim: (n, f, h) => implies(h >= decideAt(n, f) - f, h - f >= adoptAt(n, f)),
    },
    'adoption-cannot-be-forged': {
      doc: 'The f liars alone cannot make a correct process adopt a value.',
      claim: (n, f) => f < adoptAt(n, f),
    },
    'unanimous-decides-first-round': {
      doc: 'Unanimous correct inputs give a phase-1 majority and a decision in round one, even '
        + 'when f of the messages a process receives are lies.',
      claim: (n, f) => unanimousDecides(n, f),
    },
    'n-gt-3f-is-not-enough': {
      doc: 'With only n > 3f, unanimous inputs need not decide in round one: this is why the '
        + 'variant needs n > 5f.',
      expect: 'refuted',
      assume: (n, f) => n > 3 * f,
      claim: (n, f) => unanimousDecides(n, f),
      witness: ({ n = 0, f = 0 }) => `n=${n}, f=${f}: a process may hear only ${n - 2 * f} `
        + `honest reports, not more than (n + f)/2 = ${(n + f) / 2}`,
    },
  },
});
