/**
 * Subsets of small id lists, listed once when a model is compiled so that no
 * step allocates them.
 */

/** Every subset of `items`, as arrays in ascending bitmask order (the empty set first). */
export function subsetsOf<T>(items: readonly T[]): T[][] {
  if (items.length > 20) throw new RangeError(`too many items for subsets: ${items.length}`);
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) {
    out.push(items.filter((_, i) => (mask >>> i) & 1));
  }
  return out;
}

/** The integers `0..n-1`. */
export function ids(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
