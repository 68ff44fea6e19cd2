/**
 * A per-run fault budget: a counter in the state that an adversary step
 * spends. It is what keeps loss, duplication, crashes and partitions finite,
 * and it is part of the state, so "two losses so far" and "one loss so far"
 * are different states.
 */
import { t, type IntType } from '../model/index.ts';
import type { Has } from './internal/field.ts';
import { fieldReader } from './internal/field.ts';

/** A counter of faults spent, in `0..limit`. */
export interface Budget<K extends string> {
  /** The state field that holds the count. */
  readonly field: K;
  /** How many faults a run may spend. */
  readonly limit: number;
  /** The field's type: an integer `0..limit`. */
  readonly type: IntType;
  /** The initial value: nothing spent. */
  readonly init: 0;
  /** Faults spent so far in `s`. */
  used(s: Has<K, number>): number;
  /** Faults still available in `s`. */
  left(s: Has<K, number>): number;
  /** Spends one fault; throws a `RangeError` when none is left (guard with `left`). */
  spend(d: { [P in K]: number }): void;
}

/**
 * A budget of `limit` faults kept in state field `field`. `limit` 0 disables
 * the fault it guards. Limits: at most 2^30 (the state-type language's bound).
 */
export function budget<const K extends string>(field: K, limit: number): Budget<K> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`budget '${field}' needs a limit that is an integer >= 0, got ${limit}`);
  }
  const read = fieldReader<number>(field);
  return {
    field,
    limit,
    type: t.int(0, limit),
    init: 0,
    used: (s) => read(s),
    left: (s) => limit - read(s),
    spend: (d) => {
      const used = read(d);
      if (used >= limit) throw new RangeError(`budget '${field}' is spent (limit ${limit})`);
      (d as Record<string, number>)[field] = used + 1;
    },
  };
}
