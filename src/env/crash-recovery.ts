/**
 * Crash-recovery faults: a process may crash and later recover. Its durable
 * state (what it wrote to disk) survives; its volatile state is reset to
 * initial values when it recovers. The number of crashes per run is bounded
 * by a budget; recoveries are free, since each needs a crash first.
 */
import {
  t, type ActionSpec, type Draft, type Fields, type IntType, type RecordType, type SetDraft,
  type SetState, type SetType, type State,
} from '../model/index.ts';
import { fieldReader, type Has } from './internal/field.ts';
import { ids } from './internal/subsets.ts';

/** The state type of crash-recovery: who is down, and crashes spent. */
export type CrashRecoveryType = RecordType<{ readonly down: SetType; readonly crashes: IntType }>;

/** The read-only view of a crash-recovery field. */
export interface CrashRecoveryState {
  readonly down: SetState;
  readonly crashes: number;
}

/** The writable view of a crash-recovery field. */
export interface CrashRecoveryDraft {
  readonly down: SetDraft;
  crashes: number;
}

/** Options of the crash and recovery steps. */
export interface CrashRecoveryOptions<F extends Fields> {
  /** An extra guard (default: none). */
  readonly when?: (s: State<F>, p: number) => boolean;
  /**
   * For `recover`: resets `p`'s volatile fields (see `resetFields`); durable
   * fields are left alone. For `crash`: optional clean-up at the crash.
   */
  readonly then?: (d: Draft<F>, p: number) => void;
}

/** The crash-recovery field of a model and its steps. Build with `crashRecovery`. */
export interface CrashRecovery<K extends string> {
  readonly field: K;
  readonly n: number;
  /** The most crashes in one run, counting repeated crashes of one process. */
  readonly budget: number;
  readonly type: CrashRecoveryType;
  /** Everybody up, no crash spent. */
  readonly init: { readonly down: readonly number[]; readonly crashes: 0 };
  /** Whether `p` is running. */
  isUp(s: Has<K, CrashRecoveryState>, p: number): boolean;
  /** A fault step: a running process crashes, while crashes are left in the budget. */
  crash<F extends Fields>(opts?: CrashRecoveryOptions<F>): ActionSpec<F, number>;
  /** A fault step: a crashed process restarts; `opts.then` resets its volatile state. */
  recover<F extends Fields>(opts: CrashRecoveryOptions<F>): ActionSpec<F, number>;
}

/** Crash-recovery of `n` processes with at most `budget` crashes per run, in field `field`. */
export function crashRecovery<const K extends string>(
  field: K, n: number, budget: number,
): CrashRecovery<K> {
  if (!(Number.isInteger(budget) && budget >= 0)) {
    throw new RangeError(`crash-recovery '${field}' needs a budget >= 0, got ${budget}`);
  }
  const view = fieldReader<CrashRecoveryState>(field);
  const edit = fieldReader<CrashRecoveryDraft>(field);
  const canCrash = (s: object, p: number): boolean =>
    !view(s).down.has(p) && view(s).crashes < budget;
  const isDown = (s: object, p: number): boolean => view(s).down.has(p);
  return {
    field, n, budget,
    type: t.record({ down: t.set(n), crashes: t.int(0, budget) }),
    init: { down: [], crashes: 0 },
    isUp: (s, p) => !isDown(s, p),
    crash: (o) => ({
      over: ids(n),
      when: o?.when ? (s, p) => canCrash(s, p) && o.when!(s, p) : canCrash,
      then: (d, p) => {
        const c = edit(d);
        c.down.add(p);
        c.crashes = c.crashes + 1;
        o?.then?.(d, p);
      },
      kind: 'fault',
      label: (p) => `crash p${p}`,
      actor: (p) => p,
    }),
    recover: (o) => ({
      over: ids(n),
      when: o.when ? (s, p) => isDown(s, p) && o.when!(s, p) : isDown,
      then: (d, p) => {
        edit(d).down.delete(p);
        o.then?.(d, p);
      },
      kind: 'fault',
      label: (p) => `recover p${p}`,
      actor: (p) => p,
    }),
  };
}
