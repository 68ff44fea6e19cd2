/**
 * Coin flips and other probabilistic choices. The explorer treats every
 * outcome as a separate successor, as for any choice; each successor also
 * carries its probability (`chance`), which safety checking ignores and
 * probabilistic analysis (expected steps under the worst adversary) reads.
 */
import type { ActionSpec, Draft, Fields, State } from '../model/index.ts';

/** One outcome of a probabilistic choice and its probability. */
export interface Outcome<V> {
  readonly value: V;
  /** The probability, in (0, 1]; a choice's outcomes add up to 1. */
  readonly chance: number;
}

/** One successor of a probabilistic step: who chose (`of`) and what came out. */
export interface Draw<C, V> {
  readonly of: C;
  readonly value: V;
  readonly chance: number;
}

/** A probabilistic step: for each choice in `over`, every outcome is a successor. */
export interface RandomOptions<F extends Fields, C, V> {
  /** Who draws, for example process ids; each is a separate draw. */
  readonly over: readonly C[];
  /** Where the draw happens: the guard of the protocol step that flips (default: always). */
  readonly when?: (s: State<F>, c: C) => boolean;
  /** The step's effect, given the outcome. */
  readonly then: (d: Draft<F>, c: C, value: V) => void;
  readonly label?: (c: C, value: V) => string;
  readonly actor?: (c: C) => number | undefined;
}

/**
 * A protocol step that draws one of `outcomes` with the given probabilities.
 * `chance` on each successor is the probability of its outcome given that
 * `of` draws: the successors with the same `of` form one distribution.
 * Throws a `RangeError` when the probabilities are not positive or do not add up to 1.
 */
export function randomChoice<F extends Fields, C, V>(
  outcomes: readonly Outcome<V>[], opts: RandomOptions<F, C, V>,
): ActionSpec<F, Draw<C, V>> {
  const total = outcomes.reduce((sum, o) => sum + o.chance, 0);
  if (outcomes.some((o) => !(o.chance > 0)) || Math.abs(total - 1) > 1e-9) {
    throw new RangeError(`a random choice needs positive chances adding up to 1, got ${total}`);
  }
  const draws: Draw<C, V>[] = [];
  for (const of of opts.over) for (const o of outcomes) draws.push({ of, ...o });
  const when = opts.when;
  const label = opts.label;
  const actor = opts.actor;
  return {
    over: draws,
    ...(when ? { when: (s: State<F>, c: Draw<C, V>) => when(s, c.of) } : {}),
    then: (d, c) => opts.then(d, c.of, c.value),
    chance: (c) => c.chance,
    kind: 'protocol',
    ...(label ? { label: (c: Draw<C, V>) => label(c.of, c.value) } : {}),
    ...(actor ? { actor: (c: Draw<C, V>) => actor(c.of) } : {}),
  };
}

/** The two sides of a fair binary coin: 0 and 1, each with probability 1/2. */
export const FAIR_BIT: readonly Outcome<0 | 1>[] = [
  { value: 0, chance: 0.5 },
  { value: 1, chance: 0.5 },
];

/** A fair coin flipped by each of `opts.over`: outcomes 0 and 1, probability 1/2 each. */
export function coinFlip<F extends Fields, C>(
  opts: RandomOptions<F, C, 0 | 1>,
): ActionSpec<F, Draw<C, 0 | 1>> {
  return randomChoice(FAIR_BIT, opts);
}
