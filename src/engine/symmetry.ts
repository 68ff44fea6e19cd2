/**
 * Symmetry reduction: a state is replaced by a canonical member of its orbit
 * under renaming of interchangeable process ids. Each process's share of the
 * state (its elements of the declared arrays and its membership in the
 * declared sets) forms its key; sorting the processes by key gives the same
 * state for every renaming, and that state is a renaming of the original.
 *
 * Limit: sound only when process ids appear nowhere else in the state (see
 * `SymmetrySpec`); faultline cannot check that.
 */
import { ModelError, type SymmetrySpec } from '../model/index.ts';
import type { Layout, RecordLayout, StateLayout } from './layout.ts';

/** One declared field, located in the packed state. */
type Part =
  | { readonly kind: 'frame'; readonly base: number; readonly stride: number }
  | {
      readonly kind: 'scalars'; readonly base: number; readonly width: number;
      readonly perWord: number; readonly mask: number;
    }
  | {
      readonly kind: 'bits'; readonly word: number; readonly shift: number;
      readonly multi: boolean;
    };

function find(root: RecordLayout, path: string): Layout | undefined {
  let at: Layout | undefined = root;
  for (const name of path.split('.')) {
    if (at?.kind !== 'record') return undefined;
    at = at.fields.find(([n]) => n === name)?.[1];
  }
  return at;
}

function locate(root: RecordLayout, path: string, n: number, model: string, as: 'array' | 'set'):
  Part {
  const layout = find(root, path);
  const fail = (why: string): never => {
    throw new ModelError('bad-model', `model '${model}': symmetry ${as} '${path}' ${why}`,
      { model, field: path }, `list top-level or dotted state fields that hold one entry per ` +
        `process (${n} of them)`);
  };
  if (as === 'set') {
    if (layout?.kind !== 'set') return fail('is not a set field of the state');
    if (layout.size !== n) return fail(`has size ${layout.size}, not ${n}`);
    return { kind: 'bits', word: layout.word, shift: layout.shift, multi: layout.words > 0 };
  }
  if (layout?.kind !== 'frame-array' && layout?.kind !== 'scalar-array') {
    return fail('is not an array field of the state');
  }
  if (layout.type.length !== n) return fail(`has length ${layout.type.length}, not ${n}`);
  if (layout.kind === 'frame-array') {
    return { kind: 'frame', base: layout.word, stride: layout.stride };
  }
  const mask = layout.width === 32 ? 0xffffffff : (1 << layout.width) - 1;
  return { kind: 'scalars', base: layout.word, width: layout.width, perWord: layout.perWord, mask };
}

/** Reads process `p`'s raw value of a scalar array or set part. */
function readScalar(part: Part, w: Uint32Array, p: number): number {
  if (part.kind === 'scalars') {
    const word = w[part.base + Math.floor(p / part.perWord)]!;
    return (word >>> ((p % part.perWord) * part.width)) & part.mask;
  }
  if (part.kind === 'bits') {
    return part.multi ? (w[part.word + (p >>> 5)]! >>> (p & 31)) & 1
      : (w[part.word]! >>> (part.shift + p)) & 1;
  }
  throw new Error('frames have no scalar value');
}

/** Writes process slot `p`'s raw value of a scalar array or set part; the state starts at `o`. */
function writeScalar(part: Part, w: Uint32Array, o: number, p: number, v: number): void {
  if (part.kind === 'scalars') {
    const at = o + part.base + Math.floor(p / part.perWord);
    const shift = (p % part.perWord) * part.width;
    w[at] = (w[at]! & ~(part.mask << shift)) | (v << shift);
  } else if (part.kind === 'bits') {
    const at = o + (part.multi ? part.word + (p >>> 5) : part.word);
    const bit = 1 << (part.multi ? p & 31 : part.shift + p);
    w[at] = v ? w[at]! | bit : w[at]! & ~bit;
  }
}

/** Puts states of one layout into canonical form under a declared symmetry. */
export class Canonicalizer {
  private readonly parts: Part[];
  private readonly keyLength: number;
  private readonly keys: Float64Array;
  private readonly order: Int32Array;
  private readonly source: Uint32Array;

  constructor(layout: StateLayout, readonly spec: SymmetrySpec, model: string) {
    const n = spec.processes;
    if (!Number.isInteger(n) || n < 1) {
      throw new ModelError('bad-model', `model '${model}': symmetry needs processes >= 1, got ${n}`,
        { model });
    }
    this.parts = [
      ...(spec.arrays ?? []).map((path) => locate(layout.root, path, n, model, 'array')),
      ...(spec.sets ?? []).map((path) => locate(layout.root, path, n, model, 'set')),
    ];
    this.keyLength = this.parts.reduce(
      (k, part) => k + (part.kind === 'frame' ? part.stride : 1), 0);
    this.keys = new Float64Array(n * this.keyLength);
    this.order = new Int32Array(n);
    this.source = new Uint32Array(layout.words);
  }

  /** Rewrites the state at `w[from ..]` into its canonical form, in place. */
  canonicalize(w: Uint32Array, from: number): void {
    const src = this.source;
    for (let i = 0; i < src.length; i++) src[i] = w[from + i]!;
    this.fillKeys(src);
    this.sortProcesses();
    this.permute(src, w, from);
  }

  private fillKeys(src: Uint32Array): void {
    const n = this.spec.processes;
    for (let p = 0; p < n; p++) {
      let k = p * this.keyLength;
      for (const part of this.parts) {
        if (part.kind !== 'frame') {
          this.keys[k++] = readScalar(part, src, p);
          continue;
        }
        const base = part.base + p * part.stride;
        for (let j = 0; j < part.stride; j++) this.keys[k++] = src[base + j]!;
      }
    }
  }

  /** Insertion sort of the process ids by key: n is small. */
  private sortProcesses(): void {
    const n = this.spec.processes;
    const order = this.order;
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = 1; i < n; i++) {
      const p = order[i]!;
      let j = i - 1;
      while (j >= 0 && this.compare(order[j]!, p) > 0) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = p;
    }
  }

  private compare(a: number, b: number): number {
    const len = this.keyLength;
    for (let i = 0; i < len; i++) {
      const d = this.keys[a * len + i]! - this.keys[b * len + i]!;
      if (d !== 0) return d;
    }
    return 0;
  }

  /** Writes process `order[j]`'s share of `src` into slot `j` of the state at `out[o ..]`. */
  private permute(src: Uint32Array, out: Uint32Array, o: number): void {
    const n = this.spec.processes;
    for (const part of this.parts) {
      for (let j = 0; j < n; j++) {
        const p = this.order[j]!;
        if (part.kind !== 'frame') {
          writeScalar(part, out, o, j, readScalar(part, src, p));
          continue;
        }
        for (let i = 0; i < part.stride; i++) {
          out[o + part.base + j * part.stride + i] = src[part.base + p * part.stride + i]!;
        }
      }
    }
  }
}
