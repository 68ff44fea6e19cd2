/**
 * The visited set: 64-bit fingerprints in an open-addressing table over one
 * Int32Array (linear probing, grown at 3/4 load). It stores fingerprints
 * only, about 11-21 bytes per state, and has no 16.7 M entry limit.
 *
 * Limit: two distinct states with the same fingerprint are taken as one, as
 * in TLC; `collisionProbability` estimates the chance this happened.
 */
export class FingerprintSet {
  private table: Int32Array;
  private mask: number;
  /** The smallest depth each state was found at, kept only when asked for. */
  private depths: Uint16Array | undefined;
  /** Number of fingerprints stored. */
  size = 0;

  /** With `trackDepth`, `visitAt` can tell when a state is reached by a shorter path. */
  constructor(initialCapacity = 1 << 16, trackDepth = false) {
    const cap = 1 << Math.max(4, Math.ceil(Math.log2(initialCapacity)));
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.depths = trackDepth ? new Uint16Array(cap) : undefined;
  }

  /**
   * The slot holding the fingerprint, or the empty slot where it would go.
   * `add` repeats this probe inline: it is the hottest loop of a search.
   */
  private slotOf(hi: number, lo: number): number {
    const t = this.table;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      const h = t[i << 1]!;
      const l = t[(i << 1) + 1]!;
      if ((h | l) === 0 || (h === hi && l === lo)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Adds the fingerprint found at `depth` (below 65,535). Returns 1 when it
   * is new, 2 when it was known but only at a greater depth (the stored depth
   * is lowered), 0 otherwise. Needs `trackDepth`.
   */
  visitAt(hi: number, lo: number, depth: number): 0 | 1 | 2 {
    const d = this.depths!;
    const i = this.slotOf(hi, lo);
    if (this.table[i << 1] === hi && this.table[(i << 1) + 1] === lo) {
      if (d[i]! <= depth) return 0;
      d[i] = depth;
      return 2;
    }
    this.add(hi, lo);
    d[this.slotOf(hi, lo)] = depth;
    return 1;
  }

  /** Adds the fingerprint; true when it was not there before. `(0, 0)` is not allowed. */
  add(hi: number, lo: number): boolean {
    const t = this.table;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      const j = i << 1;
      const h = t[j]!;
      const l = t[j + 1]!;
      if ((h | l) === 0) {
        t[j] = hi;
        t[j + 1] = lo;
        if (++this.size * 4 > (this.mask + 1) * 3) this.grow();
        return true;
      }
      if (h === hi && l === lo) return false;
      i = (i + 1) & this.mask;
    }
  }

  /** True when the fingerprint is present. */
  has(hi: number, lo: number): boolean {
    const i = this.slotOf(hi, lo);
    return this.table[i << 1] === hi && this.table[(i << 1) + 1] === lo;
  }

  /**
   * Reads the first slot the fingerprint would probe and returns its word, so
   * a caller can start the memory access early; the value itself is unused.
   */
  touch(hi: number, lo: number): number {
    return this.table[((lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask) << 1]!;
  }

  /** Where `touch` results are folded so the reads are not optimised away. */
  sink = 0;

  /** Bytes held by the table. */
  get bytes(): number {
    return this.table.byteLength + (this.depths?.byteLength ?? 0);
  }

  private grow(): void {
    const old = this.table;
    const oldDepths = this.depths;
    const cap = (this.mask + 1) * 2;
    if (cap > 2 ** 30) throw new RangeError('visited set is full (2^29 states)');
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.size = 0;
    this.depths = oldDepths && new Uint16Array(cap);
    for (let j = 0; j < old.length; j += 2) {
      const h = old[j]!;
      const l = old[j + 1]!;
      if ((h | l) === 0) continue;
      this.add(h, l);
      if (oldDepths) this.depths![this.slotOf(h, l)] = oldDepths[j >> 1]!;
    }
  }
}

/** The probability that some two of `n` distinct states share a 64-bit fingerprint. */
export function collisionProbability(n: number): number {
  return Math.min(1, (n * (n - 1)) / 2 ** 65);
}
