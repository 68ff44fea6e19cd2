/**
 * Thresholds of Ben-Or's randomised consensus with crash faults, as in the
 * textbook: n processes, at most f of which crash, and n > 2f.
 *
 * Each round has two phases, and in each a process waits for `waitFor(n, f)`
 * messages of that phase. Phase 1: a process that sees more than n/2 reports
 * of value v proposes "D v" (`phase1Majority`), otherwise "?". Phase 2: it
 * decides v on at least `decideAt(n, f)` "D v" messages, adopts v on at least
 * `adoptAt(n, f)` of them, and otherwise flips a coin.
 *
 * The explorer model calls these functions; `faultline prove` proves the
 * lemmas below from the same source for every n and f.
 */
import { defineArithmetic, implies } from '../../src/model/arithmetic.ts';

/** Messages a process waits for in each phase: all but the f that may have crashed. */
export function waitFor(n: number, f: number): number {
  return n - f;
}

/** Whether `count` reports of one value are a phase-1 majority: more than half of all n. */
export function phase1Majority(n: number, count: number): boolean {
  return count > n / 2;
}

/** "D v" messages a process needs in phase 2 to decide v: one more than the faults. */
export function decideAt(n: number, f: number): number {
  return f + 1;
}

/** "D v" messages that make a process adopt v for the next round: one is enough. */
export function adoptAt(n: number, f: number): number {
  return 1;
}

/** The lemmas Ben-Or's safety and progress rest on, for every n > 2f. */
export const arithmetic = defineArithmetic({
  name: 'ben-or',
  sizes: {
    n: { min: 1, doc: 'processes' },
    f: { min: 0, doc: 'processes that may crash' },
  },
  assume: (n, f) => n > 2 * f,
  lemmas: {
    'phase1-at-most-one-value': {
      doc: 'Two values cannot both reach a phase-1 majority, since a and b reports of two '
        + 'different values come from disjoint senders (a + b <= n). So every "D" message '
        + 'of a round carries the same value.',
      vars: { a: { min: 0 }, b: { min: 0 } },
      where: (n, a, b) => a + b <= n,
      claim: (n, a, b) => !(phase1Majority(n, a) && phase1Majority(n, b)),
    },
    'wait-never-blocks': {
      doc: 'A process never waits for more messages than the processes that cannot crash send.',
      claim: (n, f) => waitFor(n, f) <= n - f && waitFor(n, f) >= 1,
    },
    'decision-reachable': {
      doc: 'A decision is possible at all: the decision threshold fits in what a process '
        + 'waits for.',
      claim: (n, f) => decideAt(n, f) <= waitFor(n, f),
    },
    'decision-seen-by-all-waiters': {
      doc: 'If d >= decideAt processes sent "D v", every process that waits for waitFor messages '
        + 'misses at most n - waitFor of them and still sees adoptAt: all adopt v.',
      vars: { d: { min: 0 } },
      where: (n, d) => d <= n,
      claim: (n, f, d) => implies(d >= decideAt(n, f), d - (n - waitFor(n, f)) >= adoptAt(n, f)),
    },
    'unanimous-decides-first-round': {
      doc: 'If every process starts with v, each sees waitFor reports of v, a phase-1 majority, '
        + 'then waitFor "D v" messages, enough to decide in round one.',
      claim: (n, f) => phase1Majority(n, waitFor(n, f)) && waitFor(n, f) >= decideAt(n, f),
    },
    'resilience-is-needed': {
      doc: 'Without n > 2f, unanimous inputs need not decide in the first round: with half the '
        + 'processes crashed the rest never see a majority.',
      expect: 'refuted',
      assume: (n, f) => n > f,
      claim: (n, f) => phase1Majority(n, waitFor(n, f)) && waitFor(n, f) >= decideAt(n, f),
      witness: ({ n = 0, f = 0 }) => `n=${n}, f=${f}: a process waits for ${n - f} reports, `
        + `which is not more than n/2 = ${n / 2}`,
    },
  },
});
