/**
 * The successors of one state, held together so that their fingerprints can
 * be looked up in one tight loop. Issuing the visited-set reads back to back
 * lets the processor overlap their cache misses, which otherwise dominate a
 * large search.
 */
import type { SuccessorSink } from './expander.ts';
import { Fingerprinter } from './fingerprint.ts';
import type { Canonicalizer } from './symmetry.ts';
import type { FingerprintSet } from './visited.ts';

/** A growable buffer of successors with their action, step ordinal and fingerprint. */
export class SuccessorBatch implements SuccessorSink {
  /** Successor `i` occupies `words[i*width .. (i+1)*width)`. */
  words: Uint32Array;
  /**
   * The successors in canonical form, laid out like `words`: the same array
   * when the model declares no symmetry.
   */
  canonical: Uint32Array;
  action: Uint32Array;
  step: Uint32Array;
  hi: Int32Array;
  lo: Int32Array;
  /** Number of successors held. */
  size = 0;
  private readonly fp = new Fingerprinter();

  constructor(readonly width: number, private readonly symmetry?: Canonicalizer, capacity = 64) {
    this.words = new Uint32Array(capacity * width);
    this.canonical = symmetry ? new Uint32Array(capacity * width) : this.words;
    this.action = new Uint32Array(capacity);
    this.step = new Uint32Array(capacity);
    this.hi = new Int32Array(capacity);
    this.lo = new Int32Array(capacity);
  }

  accept(next: Uint32Array, action: number, step: number): void {
    const i = this.size;
    if (i === this.action.length) this.grow();
    const w = this.width;
    const words = this.words;
    const base = i * w;
    for (let j = 0; j < w; j++) words[base + j] = next[j]!;
    this.action[i] = action;
    this.step[i] = step;
    this.size = i + 1;
  }

  /**
   * Fingerprints every successor and touches its visited-set slot. A
   * successor equal to `parent` (a step that changes nothing, such as
   * receiving a message again) is known to be visited: it gets the fingerprint
   * (0, 0), which no state has, and no lookup.
   */
  fingerprint(visited: FingerprintSet, parent: Uint32Array): void {
    const fp = this.fp;
    const w = this.width;
    const words = this.words;
    let touched = 0;
    for (let i = 0; i < this.size; i++) {
      const base = i * w;
      let same = true;
      for (let j = 0; j < w; j++) {
        if (words[base + j] !== parent[j]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.hi[i] = 0;
        this.lo[i] = 0;
        continue;
      }
      if (this.symmetry) {
        const canonical = this.canonical;
        for (let j = 0; j < w; j++) canonical[base + j] = words[base + j]!;
        this.symmetry.canonicalize(canonical, base);
        fp.hash(canonical, base, w);
      } else {
        fp.hash(words, base, w);
      }
      this.hi[i] = fp.hi;
      this.lo[i] = fp.lo;
      touched ^= visited.touch(fp.hi, fp.lo);
    }
    visited.sink ^= touched;
  }

  private grow(): void {
    const cap = this.action.length * 2;
    const words = new Uint32Array(cap * this.width);
    words.set(this.words);
    this.words = words;
    this.canonical = this.symmetry ? new Uint32Array(cap * this.width) : words;
    for (const key of ['action', 'step'] as const) {
      const next = new Uint32Array(cap);
      next.set(this[key]);
      this[key] = next;
    }
    for (const key of ['hi', 'lo'] as const) {
      const next = new Int32Array(cap);
      next.set(this[key]);
      this[key] = next;
    }
  }
}
