/**
 * 64-bit fingerprints of packed states: two independent 32-bit MurmurHash3
 * style lanes over the words. The pair is returned through `hi` and `lo` so
 * the hot loop allocates nothing.
 */
export class Fingerprinter {
  /** High 32 bits of the last fingerprint, as a signed int32 (cheaper in V8 than uint32). */
  hi = 0;
  /** Low 32 bits of the last fingerprint. */
  lo = 0;

  /** Fingerprints `words[from .. from+len)`; never yields (0, 0), which marks an empty slot. */
  hash(words: Uint32Array, from: number, len: number): void {
    let a = 0x9747b28c ^ len;
    let b = 0x3c6ef372 ^ Math.imul(len, 0x85ebca6b);
    for (let i = from, end = from + len; i < end; i++) {
      const k = words[i]!;
      let x = Math.imul(k, 0xcc9e2d51);
      x = (x << 15) | (x >>> 17);
      a ^= Math.imul(x, 0x1b873593);
      a = (a << 13) | (a >>> 19);
      a = (Math.imul(a, 5) + 0xe6546b64) | 0;
      let y = Math.imul(k ^ 0x5bd1e995, 0x27d4eb2d);
      y = (y << 17) | (y >>> 15);
      b ^= Math.imul(y, 0x165667b1);
      b = (b << 11) | (b >>> 21);
      b = (Math.imul(b, 9) + 0x7feb352d) | 0;
    }
    a = mix(a ^ b);
    b = mix(b + Math.imul(a, 0x9e3779b9));
    this.hi = a | 0;
    this.lo = (a | b) === 0 ? 1 : b | 0;
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
