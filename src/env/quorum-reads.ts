/**
 * Reading a quorum of the messages sent so far, in one step.
 *
 * Threshold protocols (Ben-Or, Bracha, most consensus rounds) wait until
 * enough messages of a kind have arrived and then act on how many carry each
 * value. When a receiver only buffers what arrives and never acts on a single
 * arrival, the only thing the delivery order decides is which of the messages
 * sent so far are in the buffer when the receiver acts. So instead of one
 * step per delivery, the model keeps the messages ever sent (a bag network
 * that is never consumed, counting equal messages) and lets the acting step
 * choose what it has read: any vector of counts per value that the sent
 * messages can supply. That is every schedule of an unordered network, with
 * far fewer states, since deliveries to different receivers no longer
 * interleave.
 *
 * Limits: exact only for steps that read counts and ignore later arrivals of
 * the same wait. Every sent message may be left out by any receiver, so a
 * sender crashing mid-broadcast (reaching some receivers only) is covered
 * without a step of its own; loss is covered too, and cannot be budgeted.
 */

/** One way for `of` to act: having read `counts[v]` messages carrying value `v`. */
export interface Reading<C> {
  readonly of: C;
  readonly counts: readonly number[];
  /** The number of messages read: the sum of `counts`. */
  readonly total: number;
}

/**
 * Every reading of between `min` and `max` messages (default exactly `min`)
 * with `values` possible values, for each of `of`: the choices of a step
 * that waits for a quorum. Listed once; use them as the step's `over`.
 * Limits: the list grows as `of.length * (max + 1)^(values - 1)`.
 */
export function readings<C>(
  of: readonly C[], values: number, min: number, max = min,
): Reading<C>[] {
  if (!(Number.isInteger(values) && values >= 1 && min >= 0 && max >= min)) {
    throw new RangeError(
      `readings need values >= 1 and 0 <= min <= max, got ${values}, ${min}, ${max}`);
  }
  const vectors: number[][] = [];
  for (let total = min; total <= max; total++) vectors.push(...compositions(total, values));
  const out: Reading<C>[] = [];
  for (const c of of) {
    for (const counts of vectors) {
      out.push({ of: c, counts, total: counts.reduce((a, b) => a + b, 0) });
    }
  }
  return out;
}

/**
 * Whether `reading` is possible in state `s`: for each value `v`, it reads
 * no more than `available(s, reading.of, v)` messages. Pass a function made
 * once, not a fresh closure per call: guards run for every choice of every state.
 */
export function canRead<S, C>(
  s: S, reading: Reading<C>, available: (s: S, of: C, value: number) => number,
): boolean {
  const counts = reading.counts;
  for (let v = 0; v < counts.length; v++) {
    if (counts[v]! > available(s, reading.of, v)) return false;
  }
  return true;
}

/** Every vector of `parts` integers >= 0 adding up to `total`, largest first part first. */
function compositions(total: number, parts: number): number[][] {
  if (parts === 1) return [[total]];
  const out: number[][] = [];
  for (let first = total; first >= 0; first--) {
    for (const rest of compositions(total - first, parts - 1)) out.push([first, ...rest]);
  }
  return out;
}
