/**
 * A finite message universe. A protocol's messages are tuples of small
 * integers (sender, receiver, round, kind, value...); the space numbers every
 * tuple once, so a network can keep one counter or one bit per message and
 * an action can range over the messages without building any at run time.
 */

/** The size of each component of a message, in order: `{ to: 3, round: 2, value: 2 }`. */
export type Dimensions = { readonly [name: string]: number };

/** One message: a value `0..size-1` for each component, and its number `id` in the space. */
export type Message<D extends Dimensions> = { readonly [K in keyof D]: number } & {
  readonly id: number;
};

/** A numbered universe of messages. */
export interface MessageSpace<D extends Dimensions> {
  /** The component sizes, as given. */
  readonly dims: D;
  /** The number of messages: the product of the component sizes. */
  readonly size: number;
  /** Every message, `all[id].id === id`, built once; use it as an action's `over`. */
  readonly all: readonly Message<D>[];
  /** The number of the message with these components; throws `RangeError` if one is off range. */
  id(parts: { readonly [K in keyof D]: number }): number;
  /**
   * What one unit of each component adds to a message's number: the id is
   * the sum of `component * strides[component]`. For hot guards, which should
   * not build a parts object per call; no range check.
   */
  readonly strides: { readonly [K in keyof D]: number };
  /**
   * The number of the message whose components, in declaration order, are
   * `a, b, c, d` (at most four; missing ones are 0). For hot guards: it builds
   * nothing and checks no range.
   */
  idAt(a: number, b?: number, c?: number, d?: number): number;
}

/**
 * Numbers the messages whose components range over `dims`. The first
 * component varies slowest, so messages to one receiver are contiguous when
 * `to` comes first. Limits: at most 2^20 messages (a network keeps state per
 * message, so a larger space is a modelling mistake).
 */
export function messageSpace<const D extends Dimensions>(dims: D): MessageSpace<D> {
  const names = Object.keys(dims);
  const sizes = names.map((k) => dims[k]!);
  for (const [i, size] of sizes.entries()) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`message component '${names[i]}' needs a size >= 1, got ${size}`);
    }
  }
  const size = sizes.reduce((a, b) => a * b, 1);
  if (size > 1 << 20) throw new RangeError(`message space of ${size} messages is too large`);

  const all: Message<D>[] = [];
  for (let id = 0; id < size; id++) all.push(decode(id, names, sizes) as Message<D>);

  const id = (parts: { readonly [K in keyof D]: number }): number => {
    let out = 0;
    for (let i = 0; i < names.length; i++) {
      const v = (parts as Readonly<Record<string, number>>)[names[i]!]!;
      if (!(Number.isInteger(v) && v >= 0 && v < sizes[i]!)) {
        const last = sizes[i]! - 1;
        throw new RangeError(`message component '${names[i]}' = ${v} is outside 0..${last}`);
      }
      out = out * sizes[i]! + v;
    }
    return out;
  };
  const strides: Record<string, number> = {};
  let unit = 1;
  for (let i = names.length - 1; i >= 0; i--) {
    strides[names[i]!] = unit;
    unit *= sizes[i]!;
  }
  const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = names.map((name) => strides[name]!);
  const idAt = names.length <= 4
    ? (a: number, b = 0, c = 0, d = 0): number => a * s0 + b * s1 + c * s2 + d * s3
    : (): number => {
      throw new RangeError(`idAt takes at most 4 components; this space has ${names.length}: ` +
        'use id() or strides');
    };
  return {
    dims, size, all, id, idAt, strides: strides as { readonly [K in keyof D]: number },
  };
}

function decode(id: number, names: readonly string[], sizes: readonly number[]): object {
  const parts: Record<string, number> = {};
  let rest = id;
  for (let i = names.length - 1; i >= 0; i--) {
    parts[names[i]!] = rest % sizes[i]!;
    rest = Math.floor(rest / sizes[i]!);
  }
  return Object.freeze({ ...orderAs(parts, names), id });
}

function orderAs(parts: Readonly<Record<string, number>>, names: readonly string[]): object {
  return Object.fromEntries(names.map((k) => [k, parts[k]]));
}
