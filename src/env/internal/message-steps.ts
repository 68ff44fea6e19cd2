/**
 * The step shapes shared by the networks: a delivery over a list of
 * messages and a budgeted fault over the same list. Each network supplies how
 * it tests and changes its own field.
 */
import type { ActionSpec, Draft, Fields, State } from '../../model/index.ts';

/** What a network step needs from the model: which messages, an extra guard, the labels. */
export interface StepShape<F extends Fields, M> {
  readonly over: readonly M[];
  readonly when?: (s: State<F>, m: M) => boolean;
  readonly label?: (m: M) => string;
  readonly actor?: (m: M) => number | undefined;
}

/** A protocol step over `shape.over`: enabled where `ready` and the model's guard hold. */
export function protocolStep<F extends Fields, M>(
  shape: StepShape<F, M>,
  ready: (s: object, m: M) => boolean,
  effect: (d: Draft<F>, m: M) => void,
): ActionSpec<F, M> {
  return withShape(shape, ready, effect, 'protocol');
}

/** An adversary step (kind `'fault'`) over `shape.over`. */
export function faultStep<F extends Fields, M>(
  shape: StepShape<F, M>,
  ready: (s: object, m: M) => boolean,
  effect: (d: Draft<F>, m: M) => void,
): ActionSpec<F, M> {
  return withShape(shape, ready, effect, 'fault');
}

function withShape<F extends Fields, M>(
  shape: StepShape<F, M>,
  ready: (s: object, m: M) => boolean,
  effect: (d: Draft<F>, m: M) => void,
  kind: 'protocol' | 'fault',
): ActionSpec<F, M> {
  const extra = shape.when;
  return {
    over: shape.over,
    when: extra ? (s, m) => ready(s, m) && extra(s, m) : (s, m) => ready(s, m),
    then: effect,
    kind,
    ...(shape.label ? { label: shape.label } : {}),
    ...(shape.actor ? { actor: (m: M) => shape.actor!(m) } : {}),
  };
}
