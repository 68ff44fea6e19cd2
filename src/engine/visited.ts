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
  /** Number of fingerprints stored. */
  size = 0;

  constructor(initialCapacity = 1 << 16) {
    const cap = 1 << Math.max(4, Math.ceil(Math.log2(initialCapacity)));
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
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
    const t = this.table;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      const j = i << 1;
      const h = t[j]!;
      const l = t[j + 1]!;
      if ((h | l) === 0) return false;
      if (h === hi && l === lo) return true;
      i = (i + 1) & this.mask;
    }
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
    return this.table.byteLength;
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    if (cap > 2 ** 30) throw new RangeError('visited set is full (2^29 states)');
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.size = 0;
    for (let j = 0; j < old.length; j += 2) {
      const h = old[j]!;
      const l = old[j + 1]!;
      if ((h | l) !== 0) this.add(h, l);
    }
  }
}

/** The probability that some two of `n` distinct states share a 64-bit fingerprint. */
export function collisionProbability(n: number): number {
  return Math.min(1, (n * (n - 1)) / 2 ** 65);
}
