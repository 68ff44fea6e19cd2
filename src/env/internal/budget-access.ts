/**
 * Budget checks from inside a block's generic steps, where the model's state
 * type is not known.
 */
import type { Budget } from '../budget.ts';

/** Faults left in `budget` in state `s` (a state of the model that declares it). */
export function leftOn<B extends string>(budget: Budget<B>, s: object): number {
  return budget.left(s as Readonly<Record<B, number>>);
}

/** Spends one fault of `budget` in draft `d`. */
export function spendOn<B extends string>(budget: Budget<B>, d: object): void {
  budget.spend(d as Record<B, number>);
}
