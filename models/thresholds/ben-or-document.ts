/**
 * The source document's Ben-Or thresholds, as its code computes them:
 * f = (n - 1) // 2, wait for n - f messages per phase, propose a value in
 * phase 1 when at least n - f reports carry it, decide on (2n + f) // 3 votes,
 * and otherwise flip a coin (there is no rule to adopt a value seen in votes).
 * Its processes never receive their own messages, so a process counts at most
 * n - 1 messages, fewer when others have crashed.
 *
 * Several of these choices are wrong; the lemmas that fail say so with the
 * smallest size where they fail, and are declared `expect: 'refuted'`.
 */
import { defineArithmetic, implies } from '../../src/model/arithmetic.ts';

/** The crashes the document claims to tolerate: (n - 1) // 2. */
export function failureThreshold(n: number): number {
  return Math.floor((n - 1) / 2);
}

/** Messages the document waits for per phase: n - f. */
export function waitFor(n: number, f: number): number {
  return n - f;
}

/** The document's phase-1 rule: a value is proposed when at least n - f reports carry it. */
export function phase1Majority(n: number, f: number, count: number): boolean {
  return count >= n - f;
}

/** Votes the document needs to decide: (2n + f) // 3. */
export function decideAt(n: number, f: number): number {
  return Math.floor((2 * n + f) / 3);
}

/** The most messages of one phase a live process can count: its peers, minus the crashed. */
export function maxReceived(n: number, crashed: number): number {
  return n - 1 - crashed;
}

const crashes = { c: { min: 0, doc: 'processes that have crashed' } };

/** The document's choices, each checked; the wrong ones are declared refuted. */
export const arithmetic = defineArithmetic({
  name: 'ben-or-document',
  sizes: {
    n: { min: 1, doc: 'processes' },
    f: { min: 0, doc: 'the failure threshold the document computes' },
  },
  assume: (n, f) => f === failureThreshold(n),
  lemmas: {
    'phase1-at-most-one-value': {
      doc: 'Two values cannot both reach the n - f phase-1 threshold: this part is sound.',
      vars: { a: { min: 0 }, b: { min: 0 } },
      where: (n, a, b) => a + b <= n,
      claim: (n, f, a, b) => !(phase1Majority(n, f, a) && phase1Majority(n, f, b)),
    },
    'decision-reachable': {
      doc: 'The decision threshold (2n + f) // 3 fits in the n - f messages a process waits for.',
      expect: 'refuted',
      claim: (n, f) => decideAt(n, f) <= waitFor(n, f),
      witness: ({ n = 0, f = 0 }) => `n=${n}: a process waits for ${waitFor(n, f)} votes but `
        + `needs ${decideAt(n, f)} to decide`,
    },
    'wait-met-without-crashes': {
      doc: 'With no crash at all, the n - f messages waited for can arrive (only n - 1 can).',
      expect: 'refuted',
      claim: (n, f) => waitFor(n, f) <= maxReceived(n, 0),
      witness: ({ n = 0, f = 0 }) => `n=${n}: a process waits for ${waitFor(n, f)} messages `
        + `and only ${maxReceived(n, 0)} peers exist: it waits forever`,
    },
    'tolerates-f-crashes': {
      doc: 'With up to f crashes (n >= 3), the n - f messages waited for still arrive.',
      expect: 'refuted',
      vars: crashes,
      where: (n, f, c) => n >= 3 && c <= f,
      claim: (n, f, c) => waitFor(n, f) <= maxReceived(n, c),
      witness: ({ n = 0, f = 0, c = 0 }) => `n=${n}, ${c} crashed: at most `
        + `${maxReceived(n, c)} messages arrive, the process waits for ${waitFor(n, f)}`,
    },
    'unanimous-decides-without-crashes': {
      doc: 'With n >= 3, no crash and unanimous inputs, every process decides in round one.',
      where: (n) => n >= 3,
      claim: (n, f) => phase1Majority(n, f, maxReceived(n, 0))
        && maxReceived(n, 0) >= decideAt(n, f),
    },
    'unanimous-decides-under-crashes': {
      doc: 'With n >= 3, unanimous inputs and up to f crashes, a process can decide in round one.',
      expect: 'refuted',
      vars: crashes,
      where: (n, f, c) => n >= 3 && c <= f,
      claim: (n, f, c) => phase1Majority(n, f, maxReceived(n, c))
        && maxReceived(n, c) >= decideAt(n, f),
      witness: ({ n = 0, f = 0, c = 0 }) => `n=${n}, ${c} crashed: at most `
        + `${maxReceived(n, c)} votes arrive, ${decideAt(n, f)} are needed to decide`,
    },
    'demo-run-can-decide': {
      doc: "The document's own simulation (5 processes, process 4 crashed) can reach a decision.",
      expect: 'refuted',
      vars: crashes,
      where: (n, c) => n === 5 && c === 1,
      claim: (n, f, c) => maxReceived(n, c) >= decideAt(n, f),
      witness: ({ n = 0, f = 0, c = 0 }) => `the demo: ${maxReceived(n, c)} votes reach each `
        + `live process, ${decideAt(n, f)} are needed; it flips coins forever`,
    },
    'decision-forces-agreement': {
      doc: 'Processes that do not decide flip a coin, so safety needs every process to decide '
        + 'whenever one does. V processes voted v; one that voted v hears at most V - 1 of '
        + 'those votes and may miss (n - 1) - waitFor more.',
      expect: 'refuted',
      vars: { V: { min: 0, doc: 'processes that voted v' } },
      where: (n, V) => V <= n,
      claim: (n, f, V) => implies(
        V >= decideAt(n, f),
        V - 1 - (maxReceived(n, 0) - waitFor(n, f)) >= decideAt(n, f),
      ),
      witness: ({ n = 0, f = 0, V = 0 }) => `n=${n}: ${V} processes vote v; one that did not `
        + `vote v can hear all ${V} and decide (needs ${decideAt(n, f)}); one that voted v hears `
        + `at most ${V - 1} and flips a coin`,
    },
  },
});
