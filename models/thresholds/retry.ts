/**
 * The source document's timeout and retry policy (`TimeoutManager` and
 * `with_timeout_retry`), in milliseconds. Attempt k of a policy waits
 * `timeout(k)`; after a failed attempt other than the last it pauses a tenth
 * of that timeout. Strategies: fixed,
 * linear, exponential (backoff 2) and jittered exponential, where the jitter
 * is a percentage in 50..150 (the document draws it from 0.5..1.5).
 *
 * The document computes the timeout and then caps it, except for the fixed
 * strategy, which returns before the cap is applied. `cappedTimeout` is the
 * corrected policy. Loops over attempts are unrolled up to MAX_ATTEMPTS. One
 * jitter value is used for every attempt, which is the worst case for bounds.
 */
import { defineArithmetic } from '../../src/model/arithmetic.ts';

/** Strategy codes, as in the document's `TimeoutStrategy`. */
export const FIXED = 0;
/** Timeout grows by `base` per attempt. */
export const LINEAR = 1;
/** Timeout doubles per attempt. */
export const EXPONENTIAL = 2;
/** Timeout doubles per attempt and is scaled by the jitter percentage. */
export const JITTERED = 3;
/** The document's default backoff multiplier. */
export const BACKOFF = 2;
/** The most attempts a policy may make (the bound loops are unrolled to). */
export const MAX_ATTEMPTS = 8;

/** Attempt `attempt`'s timeout before any cap. */
function rawTimeout(strategy: number, attempt: number, base: number, jitter: number): number {
  if (strategy === FIXED) return base;
  if (strategy === LINEAR) return base * attempt;
  const grown = base * BACKOFF ** (attempt - 1);
  return strategy === EXPONENTIAL ? grown : Math.floor((grown * jitter) / 100);
}

/** The document's `calculate_timeout`: capped, except that FIXED returns early. */
export function documentTimeout(
  strategy: number, attempt: number, base: number, cap: number, jitter: number,
): number {
  if (strategy === FIXED) return base;
  return Math.min(rawTimeout(strategy, attempt, base, jitter), cap);
}

/** The corrected timeout: every strategy is capped. */
export function cappedTimeout(
  strategy: number, attempt: number, base: number, cap: number, jitter: number,
): number {
  return Math.min(rawTimeout(strategy, attempt, base, jitter), cap);
}

/** The pause after a failed attempt: a tenth of its timeout (the document's `timeout * 0.1`). */
export function pauseAfter(timeout: number): number {
  return timeout / 10;
}

/** Worst-case latency of the document's retry loop: every attempt times out. */
export function documentLatency(
  strategy: number, attempts: number, base: number, cap: number, jitter: number,
): number {
  let total = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timeout = documentTimeout(strategy, attempt, base, cap, jitter);
    total += timeout;
    if (attempt < attempts) total += pauseAfter(timeout);
  }
  return total;
}

/** Worst-case latency with the corrected, capped timeouts. */
export function cappedLatency(
  strategy: number, attempts: number, base: number, cap: number, jitter: number,
): number {
  let total = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timeout = cappedTimeout(strategy, attempt, base, cap, jitter);
    total += attempt < attempts ? timeout + pauseAfter(timeout) : timeout;
  }
  return total;
}

/** The deadline a policy can promise: every attempt at the cap, with its pauses. */
export function retryBudget(attempts: number, cap: number): number {
  let budget = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    budget += attempt < attempts ? cap + pauseAfter(cap) : cap;
  }
  return budget;
}

/** A deadline that forgets the pauses: attempts times the cap. */
export function naiveDeadline(attempts: number, cap: number): number {
  let deadline = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) deadline += cap;
  return deadline;
}

/** The document's demo policies, by index: 0 critical, 1 fast. */
export function policyStrategy(p: number): number {
  return p === 0 ? EXPONENTIAL : JITTERED;
}
/** Attempts of demo policy `p`: 5, 3. */
export function policyAttempts(p: number): number {
  return p === 0 ? 5 : 3;
}
/** Base timeout of demo policy `p`: 2 s, 0.5 s. */
export function policyBase(p: number): number {
  return p === 0 ? 2000 : 500;
}
/** Cap of demo policy `p`: 10 s, 3 s. */
export function policyCap(p: number): number {
  return p === 0 ? 10_000 : 3000;
}

const policy = { p: { min: 0, max: 1, doc: 'demo policy: 0 critical, 1 fast' } };
const show = ({ strategy = 0, attempt = 1, attempts = 1, base = 0, cap = 0, jitter = 100 }:
  Readonly<Record<string, number>>) => `strategy ${strategy}, base ${base} ms, cap ${cap} ms, `
  + `jitter ${jitter}%: attempt ${attempt} waits `
  + `${documentTimeout(strategy, attempt, base, cap, jitter)} ms; ${attempts} attempt(s) take `
  + `${documentLatency(strategy, attempts, base, cap, jitter)} ms against a budget of `
  + `${retryBudget(attempts, cap)} ms`;

/** Retry lemmas: per-attempt caps and worst-case latency against a deadline. */
export const arithmetic = defineArithmetic({
  name: 'retry',
  sizes: {
    strategy: { min: FIXED, max: JITTERED, doc: 'timeout strategy code' },
    attempt: { min: 1, max: MAX_ATTEMPTS, doc: 'attempt number' },
    attempts: { min: 1, max: MAX_ATTEMPTS, doc: 'attempts allowed' },
    base: { min: 1, doc: 'base timeout, ms' },
    cap: { min: 1, doc: 'timeout cap, ms' },
    jitter: { min: 50, max: 150, doc: 'jitter, percent' },
  },
  lemmas: {
    'document-timeout-within-cap': {
      doc: "Every attempt's timeout stays within the cap (the document's FIXED strategy "
        + 'returns before capping).',
      expect: 'refuted',
      claim: (strategy, attempt, base, cap, jitter) =>
        documentTimeout(strategy, attempt, base, cap, jitter) <= cap,
      witness: show,
    },
    'capped-timeout-within-cap': {
      doc: 'With the cap applied to every strategy, every timeout stays within it.',
      claim: (strategy, attempt, base, cap, jitter) =>
        cappedTimeout(strategy, attempt, base, cap, jitter) <= cap,
    },
    'document-latency-within-budget': {
      doc: 'All attempts and pauses of the document policy fit in the budget of attempts at '
        + 'the cap with their pauses.',
      expect: 'refuted',
      claim: (strategy, attempts, base, cap, jitter) =>
        documentLatency(strategy, attempts, base, cap, jitter) <= retryBudget(attempts, cap),
      witness: show,
    },
    'capped-latency-within-budget': {
      doc: 'With capped timeouts, the worst-case latency fits in the budget.',
      claim: (strategy, attempts, base, cap, jitter) =>
        cappedLatency(strategy, attempts, base, cap, jitter) <= retryBudget(attempts, cap),
    },
    'naive-deadline-suffices': {
      doc: 'A deadline of attempts x cap would do: it does not, because of the pauses.',
      expect: 'refuted',
      claim: (strategy, attempts, base, cap, jitter) =>
        cappedLatency(strategy, attempts, base, cap, jitter) <= naiveDeadline(attempts, cap),
      witness: ({ attempts = 1, base = 0, cap = 0 }) => `${attempts} attempts of `
        + `${Math.min(base, cap)} ms with pauses take more than ${naiveDeadline(attempts, cap)} ms`,
    },
    'document-demo-policies-within-budget': {
      doc: "The document's critical (5 x 2 s, cap 10 s, exponential) and fast (3 x 0.5 s, cap "
        + '3 s, jittered) policies fit their budgets (worst cases 36.4 s and 5.475 s).',
      vars: policy,
      claim: (p, jitter) => documentLatency(policyStrategy(p), policyAttempts(p), policyBase(p),
        policyCap(p), jitter) <= Math.min(retryBudget(policyAttempts(p), policyCap(p)),
        p === 0 ? 36_400 : 5475),
    },
  },
});
