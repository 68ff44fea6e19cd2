/**
 * An unordered network over a finite message universe: the adversary may
 * deliver any message in flight next. Two encodings:
 *
 * - `bagNetwork`: a count per message (`0..capacity` copies), for protocols
 *   where several senders send equal messages, or with duplication;
 * - `setNetwork`: one bit per message, for protocols whose messages are never
 *   in flight twice (each names its sender and round, say).
 *
 * Loss and duplication are adversary steps with budgets: a run with a loss
 * budget of k loses at most k messages.
 */
import {
  t, type ActionSpec, type ArrayState, type ArrayType, type Draft, type Fields, type IntType,
  type SetDraft, type SetState, type SetType, type State,
} from '../model/index.ts';
import type { Budget } from './budget.ts';
import { leftOn, spendOn } from './internal/budget-access.ts';
import { describe } from './internal/describe.ts';
import { fieldReader, type Has } from './internal/field.ts';
import { faultStep, protocolStep } from './internal/message-steps.ts';
import type { Dimensions, Message, MessageSpace } from './message-space.ts';

/** The read-only view of a network field: counts (bag) or bits (set). */
export type NetworkState = ArrayState<number> | SetState;

/** The writable view of a network field. */
export type NetworkDraft = { set(i: number, v: number): void } | SetDraft;

/** How a delivery step looks and what it does to the receiver. */
export interface DeliverOptions<F extends Fields, D extends Dimensions> {
  /** The messages this action delivers (default: every message of the space). */
  readonly over?: readonly Message<D>[];
  /** An extra guard, for example "the receiver is up and in this round" (default: none). */
  readonly when?: (s: State<F>, m: Message<D>) => boolean;
  /** The receiver's reaction; the message has already left the network when it runs. */
  readonly receive: (d: Draft<F>, m: Message<D>) => void;
  /**
   * `false` keeps the message in flight after delivery, so it can be received
   * again (unbounded re-delivery, as in specifications whose network is the
   * set of messages ever sent). Default `true`.
   */
  readonly consume?: boolean;
  /** The step's label (default: the action name and the message's components). */
  readonly label?: (m: Message<D>) => string;
  /** The receiving process, for traces. */
  readonly actor?: (m: Message<D>) => number | undefined;
}

/** Options of the loss and duplication steps. */
export interface FaultOptions<F extends Fields, D extends Dimensions> {
  /** The messages this fault may hit (default: every message). */
  readonly over?: readonly Message<D>[];
  /** An extra guard (default: none). */
  readonly when?: (s: State<F>, m: Message<D>) => boolean;
  readonly label?: (m: Message<D>) => string;
}

/**
 * A network field and the steps over it. Build with `bagNetwork` (field type
 * `T` an array of counts) or `setNetwork` (`T` a set).
 */
export interface UnorderedNetwork<
  K extends string, D extends Dimensions, T extends ArrayType<IntType> | SetType,
> {
  /** The state field that holds the messages in flight. */
  readonly field: K;
  readonly space: MessageSpace<D>;
  /** The most copies of one message in flight at once (1 for a set network). */
  readonly capacity: number;
  /** The field's type, for the model's `state`. */
  readonly type: T;
  /** The empty network, for the model's `init`. */
  readonly init: readonly number[];
  /** Copies of message `id` in flight. */
  count(s: Has<K, NetworkState>, id: number): number;
  /** Whether at least one copy of message `id` is in flight. */
  has(s: Has<K, NetworkState>, id: number): boolean;
  /** Puts one copy of `id` in flight; throws a `RangeError` at capacity. */
  send(d: Has<K, NetworkDraft>, id: number): void;
  /** Removes one copy of `id` (no effect when none is in flight). */
  take(d: Has<K, NetworkDraft>, id: number): void;
  /** Removes every copy of `id`. */
  clear(d: Has<K, NetworkDraft>, id: number): void;
  /** A protocol step: the receiver takes one message in flight, in any order. */
  deliver<F extends Fields>(opts: DeliverOptions<F, D>): ActionSpec<F, Message<D>>;
  /** A fault step: one copy of a message in flight vanishes, spending `budget`. */
  lose<F extends Fields, B extends string>(
    budget: Budget<B>, opts?: FaultOptions<F, D>): ActionSpec<F, Message<D>>;
  /**
   * A fault step: one more copy of a message in flight, spending `budget`.
   * Limits: needs `capacity >= 2`, so a set network throws here (use
   * `deliver({ consume: false })` for re-delivery there).
   */
  duplicate<F extends Fields, B extends string>(
    budget: Budget<B>, opts?: FaultOptions<F, D>): ActionSpec<F, Message<D>>;
}

/** How one encoding reads and writes a message's copies. */
interface Cells {
  count(v: NetworkState, id: number): number;
  put(v: NetworkDraft, id: number, copies: number): void;
}

const bagCells: Cells = {
  count: (v, id) => (v as ArrayState<number>).get(id),
  put: (v, id, copies) => (v as { set(i: number, x: number): void }).set(id, copies),
};

const setCells: Cells = {
  count: (v, id) => ((v as SetState).has(id) ? 1 : 0),
  put: (v, id, copies) => (copies > 0 ? (v as SetDraft).add(id) : (v as SetDraft).delete(id)),
};

/**
 * A bag network in field `field`: up to `capacity` copies of each message of
 * `space` in flight (default 1). A send beyond capacity throws, so choose the
 * capacity the protocol can reach (the senders of equal messages, plus the
 * duplication budget).
 */
export function bagNetwork<const K extends string, D extends Dimensions>(
  field: K, space: MessageSpace<D>, capacity = 1,
): UnorderedNetwork<K, D, ArrayType<IntType>> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`network '${field}' needs a capacity >= 1, got ${capacity}`);
  }
  const type = t.array(space.size, t.int(0, capacity));
  return build(field, space, capacity, type, new Array<number>(space.size).fill(0), bagCells);
}

/** A set network in field `field`: each message of `space` is in flight at most once. */
export function setNetwork<const K extends string, D extends Dimensions>(
  field: K, space: MessageSpace<D>,
): UnorderedNetwork<K, D, SetType> {
  return build(field, space, 1, t.set(space.size), [], setCells);
}

function build<K extends string, D extends Dimensions, T extends ArrayType<IntType> | SetType>(
  field: K, space: MessageSpace<D>, capacity: number, type: T, init: readonly number[],
  cells: Cells,
): UnorderedNetwork<K, D, T> {
  const read = fieldReader<NetworkState>(field);
  const edit = fieldReader<NetworkDraft>(field);
  const count = (s: object, id: number): number => cells.count(read(s), id);
  const put = (d: object, id: number, copies: number): void => cells.put(edit(d), id, copies);
  const send = (d: object, id: number): void => {
    const now = count(d, id);
    if (now >= capacity) {
      throw new RangeError(`network '${field}' already holds ${now} of message ` +
        `${describe(space.all[id])}; raise its capacity or guard the send`);
    }
    put(d, id, now + 1);
  };
  const take = (d: object, id: number): void => {
    const now = count(d, id);
    if (now > 0) put(d, id, now - 1);
  };
  const all = space.all;
  return {
    field, space, capacity, type, init, count, send, take,
    has: (s, id) => count(s, id) > 0,
    clear: (d, id) => put(d, id, 0),
    deliver: (o) => protocolStep({ ...o, over: o.over ?? all },
      (s, m) => count(s, m.id) > 0,
      o.consume === false ? o.receive : (d, m) => { take(d, m.id); o.receive(d, m); }),
    lose: (b, o) => faultStep({ ...o, over: o?.over ?? all },
      (s, m) => count(s, m.id) > 0 && leftOn(b, s) > 0,
      (d, m) => { take(d, m.id); spendOn(b, d); }),
    duplicate: (b, o) => {
      if (capacity < 2) {
        throw new RangeError(`network '${field}' holds one copy per message; it cannot duplicate`);
      }
      return faultStep({ ...o, over: o?.over ?? all },
        (s, m) => { const c = count(s, m.id); return c > 0 && c < capacity && leftOn(b, s) > 0; },
        (d, m) => { send(d, m.id); spendOn(b, d); });
    },
  };
}
