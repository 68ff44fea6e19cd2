/**
 * Crash-stop faults: up to `f` processes stop for good, at any moment the
 * adversary picks, including in the middle of a broadcast, when the message
 * reaches only some of its receivers. The crashed set is the budget: a crash
 * is enabled while fewer than `f` processes are down.
 */
import {
  t, type ActionSpec, type Draft, type Fields, type SetDraft, type SetState, type SetType,
  type State,
} from '../model/index.ts';
import { fieldReader, type Has } from './internal/field.ts';
import { ids, subsetsOf } from './internal/subsets.ts';

/** A process crashing while it broadcasts: it reaches exactly `to`, then stops. */
export interface PartialBroadcast {
  readonly p: number;
  /** The receivers the message reaches: a proper subset of the broadcast's receivers. */
  readonly to: readonly number[];
}

/** Options of a plain crash step. */
export interface CrashOptions<F extends Fields> {
  /** An extra guard (default: none), for example "only before deciding". */
  readonly when?: (s: State<F>, p: number) => boolean;
  /**
   * Clean-up of the crashed process's state, for example dropping messages
   * addressed to it, so states that differ only in a dead process's leftovers
   * merge (default: none). It must not change what live processes can do.
   */
  readonly then?: (d: Draft<F>, p: number) => void;
}

/** Options of a crash in the middle of a broadcast. */
export interface BroadcastCrashOptions<F extends Fields> {
  /** Where `p` is about to broadcast: the guard of the protocol step that broadcasts. */
  readonly when: (s: State<F>, p: number) => boolean;
  /**
   * The protocol step itself, sending only to `to`. The normal step calls the
   * same function with every receiver, so both share one definition.
   */
  readonly step: (d: Draft<F>, p: number, to: readonly number[]) => void;
  /** The receivers of `p`'s broadcast (default: every process, `p` included). */
  readonly receivers?: (p: number) => readonly number[];
  /** Clean-up after the crash, as in `CrashOptions.then`. */
  readonly then?: (d: Draft<F>, p: number) => void;
}

/** The crashed set of a model and its crash steps. Build with `crashStop`. */
export interface CrashStop<K extends string> {
  readonly field: K;
  /** The number of processes. */
  readonly n: number;
  /** The most processes that may crash in one run. */
  readonly f: number;
  /** The field's type: a set of process ids. */
  readonly type: SetType;
  /** Nobody crashed, for the model's `init`. */
  readonly init: readonly number[];
  /** Whether `p` is still running. */
  isUp(s: Has<K, SetState>, p: number): boolean;
  /** Processes crashed so far. */
  crashed(s: Has<K, SetState>): number;
  /** Marks `p` crashed (no budget check: for models that crash as part of another step). */
  crash(d: Has<K, SetDraft>, p: number): void;
  /** A fault step: some running process stops, while the budget allows. */
  step<F extends Fields>(opts?: CrashOptions<F>): ActionSpec<F, number>;
  /**
   * A fault step: a process crashes during a broadcast, which reaches only a
   * proper subset of its receivers (possibly none). Together with the normal
   * broadcast followed by a plain crash, every subset is covered.
   * Limits: the choices are all subsets, 2^receivers per process.
   */
  duringBroadcast<F extends Fields>(
    opts: BroadcastCrashOptions<F>): ActionSpec<F, PartialBroadcast>;
}

/** Crash-stop faults of `n` processes, at most `f` per run, kept in set field `field`. */
export function crashStop<const K extends string>(field: K, n: number, f: number): CrashStop<K> {
  if (!(Number.isInteger(f) && f >= 0 && f <= n)) {
    throw new RangeError(`crash budget '${field}' needs 0 <= f <= n = ${n}, got ${f}`);
  }
  const down = fieldReader<SetState>(field);
  const canCrash = (s: object, p: number): boolean => {
    const set = down(s);
    return !set.has(p) && set.size < f;
  };
  const edit = fieldReader<SetDraft>(field);
  const crash = (d: object, p: number): void => edit(d).add(p);
  return {
    field, n, f, type: t.set(n), init: [], crash,
    isUp: (s, p) => !down(s).has(p),
    crashed: (s) => down(s).size,
    step: (o) => ({
      over: ids(n),
      when: o?.when ? (s, p) => canCrash(s, p) && o.when!(s, p) : canCrash,
      then: (d, p) => {
        crash(d, p);
        o?.then?.(d, p);
      },
      kind: 'fault',
      label: (p) => `crash p${p}`,
      actor: (p) => p,
    }),
    duringBroadcast: (o) => ({
      over: partialBroadcasts(n, o.receivers ?? (() => ids(n))),
      when: (s, c) => canCrash(s, c.p) && o.when(s, c.p),
      then: (d, c) => {
        o.step(d, c.p, c.to);
        crash(d, c.p);
        o.then?.(d, c.p);
      },
      kind: 'fault',
      label: (c) => `p${c.p} crashes mid-broadcast, reaching {${c.to.join(', ')}}`,
      actor: (c) => c.p,
    }),
  };
}

function partialBroadcasts(
  n: number, receivers: (p: number) => readonly number[],
): PartialBroadcast[] {
  const out: PartialBroadcast[] = [];
  for (let p = 0; p < n; p++) {
    const all = receivers(p);
    for (const to of subsetsOf(all)) if (to.length < all.length) out.push({ p, to });
  }
  return out;
}
