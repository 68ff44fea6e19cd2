/**
 * Finding the choice behind a successor. The explorer hands successors out
 * in a fixed order (actions in declaration order, each action's enabled
 * choices in the order of its `over`), so the n-th successor an action
 * produced comes from its n-th enabled choice.
 */
import type { CompiledAction } from '../engine/index.ts';
import type { Fields } from '../model/index.ts';
import type { State } from '../model/index.ts';

/** A choice found, or not (the action has fewer enabled choices than asked for). */
export type ChoiceLookup =
  | { readonly found: true; readonly choice: unknown }
  | { readonly found: false };

/**
 * The `nth` (0-based) enabled choice of `action` in state `s`. Calls the
 * model's `over` and `when`, which may throw; the caller names the action.
 */
export function nthEnabledChoice(
  action: CompiledAction,
  s: State<Fields>,
  nth: number,
): ChoiceLookup {
  const choices = action.choices ?? domainOf(action, s);
  const when = action.spec.when;
  let left = nth;
  for (const choice of choices) {
    if (when !== undefined && !when(s, choice)) continue;
    if (left === 0) return { found: true, choice };
    left--;
  }
  return { found: false };
}

function domainOf(action: CompiledAction, s: State<Fields>): readonly unknown[] {
  const over = action.spec.over as (state: State<Fields>) => Iterable<unknown>;
  return Array.from(over(s));
}
