/**
 * A network of bounded FIFO channels, one per ordered pair of distinct
 * processes: the adversary chooses which channel delivers next, never the
 * order within a channel. Loss drops a channel's head and duplication
 * delivers its head twice, each spending a budget; neither reorders.
 */
import {
  t, type ActionSpec, type ArrayState, type ArrayType, type Draft, type Fields, type IntType,
  type RecordType, type State,
} from '../model/index.ts';
import type { Budget } from './budget.ts';
import { leftOn, spendOn } from './internal/budget-access.ts';
import { fieldReader, type Has } from './internal/field.ts';
import { faultStep, protocolStep } from './internal/message-steps.ts';
import type { Dimensions, Message, MessageSpace } from './message-space.ts';

/** One channel: messages from `from` to `to`, numbered `id`. */
export interface Channel {
  readonly id: number;
  readonly from: number;
  readonly to: number;
}

/** The state type of a FIFO network: each channel's length and its slots. */
export type FifoType = RecordType<{
  readonly len: ArrayType<IntType>;
  readonly items: ArrayType<IntType>;
}>;

/** The read-only view of a FIFO network field. */
export interface FifoState {
  readonly len: ArrayState<number>;
  readonly items: ArrayState<number>;
}

/** The writable view of a FIFO network field. */
export interface FifoDraft {
  readonly len: ArrayState<number> & { set(i: number, v: number): void };
  readonly items: ArrayState<number> & { set(i: number, v: number): void };
}

/** How a FIFO delivery step looks and what it does to the receiver. */
export interface FifoDeliverOptions<F extends Fields, D extends Dimensions> {
  /** An extra guard on the channel and its head message (default: none). */
  readonly when?: (s: State<F>, ch: Channel, m: Message<D>) => boolean;
  /** The receiver's reaction; the head has already left the channel when it runs. */
  readonly receive: (d: Draft<F>, ch: Channel, m: Message<D>) => void;
  readonly label?: (ch: Channel) => string;
}

/** A FIFO network field and the steps over it. Build with `fifoNetwork`. */
export interface FifoNetwork<K extends string, D extends Dimensions> {
  readonly field: K;
  /** The message contents a channel carries (sender and receiver are the channel's). */
  readonly space: MessageSpace<D>;
  /** The number of processes. */
  readonly n: number;
  /** The most messages one channel holds. */
  readonly capacity: number;
  /** Every channel, `channels[id].id === id`. */
  readonly channels: readonly Channel[];
  readonly type: FifoType;
  /** Every channel empty, for the model's `init`. */
  readonly init: { readonly len: readonly number[]; readonly items: readonly number[] };
  /** The channel from `from` to `to` (they must differ). */
  channel(from: number, to: number): Channel;
  /** Messages waiting on channel `ch`. */
  length(s: Has<K, FifoState>, ch: number): number;
  /** The id of the message at the head of `ch`, or -1 when it is empty. */
  head(s: Has<K, FifoState>, ch: number): number;
  /** The message ids on `ch`, head first (allocates: for properties and tests). */
  queue(s: Has<K, FifoState>, ch: number): number[];
  /** Whether `ch` has room for one more message. */
  canSend(s: Has<K, FifoState>, ch: number): boolean;
  /** Appends message `id` to the channel `from`→`to`; throws a `RangeError` when it is full. */
  send(d: Has<K, FifoDraft>, from: number, to: number, id: number): void;
  /** A protocol step: some non-empty channel delivers its head. */
  deliver<F extends Fields>(opts: FifoDeliverOptions<F, D>): ActionSpec<F, Channel>;
  /** A fault step: a channel's head vanishes, spending `budget`. */
  lose<F extends Fields, B extends string>(budget: Budget<B>): ActionSpec<F, Channel>;
  /** A fault step: a channel's head is copied in front of itself, spending `budget`. */
  duplicate<F extends Fields, B extends string>(budget: Budget<B>): ActionSpec<F, Channel>;
}

/**
 * FIFO channels between `n` processes in field `field`, each holding up to
 * `capacity` messages of `space`. Empty slots are kept at 0 so equal queues
 * are equal states. A send to a full channel throws: size the capacity to the
 * protocol, or guard sends with `canSend` (a full channel then blocks the sender).
 */
export function fifoNetwork<const K extends string, D extends Dimensions>(
  field: K, space: MessageSpace<D>, n: number, capacity: number,
): FifoNetwork<K, D> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`FIFO network '${field}' needs a capacity >= 1, got ${capacity}`);
  }
  const channels: Channel[] = [];
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      if (from !== to) channels.push({ id: channels.length, from, to });
    }
  }
  const view = fieldReader<FifoState>(field);
  const edit = fieldReader<FifoDraft>(field);
  const length = (s: object, ch: number): number => view(s).len.get(ch);
  const head = (s: object, ch: number): number =>
    length(s, ch) > 0 ? view(s).items.get(ch * capacity) : -1;
  const channel = (from: number, to: number): Channel => {
    if (from === to || from < 0 || to < 0 || from >= n || to >= n) {
      throw new RangeError(`FIFO network '${field}' has no channel ${from}->${to}`);
    }
    return channels[from * (n - 1) + (to < from ? to : to - 1)]!;
  };
  const ready = (s: object, ch: Channel): boolean => length(s, ch.id) > 0;
  const withHead = <F extends Fields>(o: FifoDeliverOptions<F, D>) => o.when === undefined
    ? undefined
    : (s: State<F>, ch: Channel) => o.when!(s, ch, space.all[head(s, ch.id)]!);
  return {
    field, space, n, capacity, channels, channel, length, head,
    type: t.record({
      len: t.array(channels.length, t.int(0, capacity)),
      items: t.array(channels.length * capacity, t.int(0, space.size - 1)),
    }),
    init: {
      len: channels.map(() => 0),
      items: new Array<number>(channels.length * capacity).fill(0),
    },
    queue: (s, ch) => Array.from({ length: length(s, ch) }, (_, i) =>
      view(s).items.get(ch * capacity + i)),
    canSend: (s, ch) => length(s, ch) < capacity,
    send: (d, from, to, id) => push(edit(d), channel(from, to).id, id, capacity, field),
    deliver: (o) => protocolStep({ over: channels, when: withHead(o), label: o.label,
      actor: (ch) => ch.to }, ready, (d, ch) => o.receive(d, ch, space.all[pop(edit(d), ch.id,
      capacity)]!)),
    lose: (b) => faultStep({ over: channels }, (s, ch) => ready(s, ch) && leftOn(b, s) > 0,
      (d, ch) => { pop(edit(d), ch.id, capacity); spendOn(b, d); }),
    duplicate: (b) => faultStep({ over: channels },
      (s, ch) => ready(s, ch) && length(s, ch.id) < capacity && leftOn(b, s) > 0,
      (d, ch) => { pushFront(edit(d), ch.id, capacity); spendOn(b, d); }),
  };
}

function push(q: FifoDraft, ch: number, id: number, capacity: number, field: string): void {
  const len = q.len.get(ch);
  if (len >= capacity) {
    throw new RangeError(`FIFO channel ${ch} of '${field}' is full (capacity ${capacity}); ` +
      'raise the capacity or guard the send with canSend');
  }
  q.items.set(ch * capacity + len, id);
  q.len.set(ch, len + 1);
}

/** Removes and returns the head of a non-empty channel, shifting the rest forward. */
function pop(q: FifoDraft, ch: number, capacity: number): number {
  const base = ch * capacity;
  const len = q.len.get(ch);
  const first = q.items.get(base);
  for (let i = 1; i < len; i++) q.items.set(base + i - 1, q.items.get(base + i));
  q.items.set(base + len - 1, 0);
  q.len.set(ch, len - 1);
  return first;
}

/** Copies the head in front of itself (the receiver will see it twice in a row). */
function pushFront(q: FifoDraft, ch: number, capacity: number): void {
  const base = ch * capacity;
  const len = q.len.get(ch);
  for (let i = len; i > 0; i--) q.items.set(base + i, q.items.get(base + i - 1));
  q.len.set(ch, len + 1);
}
