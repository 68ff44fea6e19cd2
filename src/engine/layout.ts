/**
 * Bit layout of a state type. Scalars and small sets are packed next-fit
 * into 32-bit words without straddling a word; arrays and large sets start on
 * a word boundary. Offsets of an array element's fields are relative to the
 * element's first word, so every element of an array shares one layout.
 */
import { describeType, type ArrayType, type RecordType, type ScalarType, type Type } from
  '../model/types.ts';

/** Where a scalar lives: `width` bits at `shift` in word `word` of its frame. */
export interface ScalarLayout {
  readonly kind: 'scalar';
  readonly type: ScalarType;
  readonly word: number;
  readonly shift: number;
  readonly width: number;
}

/** A set: one packed field when it fits in 32 bits, else whole words. */
export interface SetLayout {
  readonly kind: 'set';
  readonly size: number;
  readonly word: number;
  readonly shift: number;
  /** Number of words when the set spans whole words (size > 32), else 0. */
  readonly words: number;
}

/** An array of scalars, `perWord` elements to a word from `word` on. */
export interface ScalarArrayLayout {
  readonly kind: 'scalar-array';
  readonly type: ArrayType;
  readonly elem: ScalarType;
  readonly word: number;
  readonly width: number;
  readonly perWord: number;
}

/** An array of compound elements, each `stride` words from `word` on. */
export interface FrameArrayLayout {
  readonly kind: 'frame-array';
  readonly type: ArrayType;
  readonly word: number;
  readonly stride: number;
  /** The element's layout, with offsets relative to the element's first word. */
  readonly elem: Layout;
}

/** A record: its fields' layouts in declaration order. */
export interface RecordLayout {
  readonly kind: 'record';
  readonly type: RecordType;
  readonly fields: readonly (readonly [string, Layout])[];
}

/** The layout of any type. */
export type Layout = ScalarLayout | SetLayout | ScalarArrayLayout | FrameArrayLayout | RecordLayout;

/** Thrown for a state type that cannot be laid out (bad bounds, empty enum). */
export class LayoutError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`state field '${path}': ${message}`);
  }
}

/** Bits needed to store `count` distinct values. */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : 32 - Math.clz32(count - 1);
}

/** The number of bits a scalar of this type takes. */
export function scalarWidth(type: ScalarType, path: string): number {
  switch (type.kind) {
    case 'bool':
      return 1;
    case 'enum':
      if (type.values.length === 0) throw new LayoutError(path, 'an enum needs at least one value');
      if (new Set(type.values).size !== type.values.length) {
        throw new LayoutError(path, 'enum values must be distinct');
      }
      return bitsFor(type.values.length);
    case 'int': {
      const { min, max } = type;
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
        throw new LayoutError(path,
          `int bounds must be integers with min <= max, got ${min}..${max}`);
      }
      if (max - min >= 2 ** 30) {
        throw new LayoutError(path, 'int ranges are limited to 2^30 values');
      }
      return bitsFor(max - min + 1);
    }
  }
}

/** Allocates words for one frame (the whole state, or one array element). */
class FrameAllocator {
  words = 0;
  private bit = 32;

  /** Reserve `width` bits (<= 32) in the current word or a fresh one. */
  packed(width: number): { word: number; shift: number } {
    if (width === 0) return { word: Math.max(this.words - 1, 0), shift: 0 };
    if (this.bit + width > 32) {
      this.words += 1;
      this.bit = 0;
    }
    const at = { word: this.words - 1, shift: this.bit };
    this.bit += width;
    return at;
  }

  /** Reserve `count` whole words; later packed fields start after them. */
  whole(count: number): number {
    const word = this.words;
    this.words += count;
    this.bit = 32;
    return word;
  }
}

function checkLength(n: number, path: string, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new LayoutError(path, `${what} must be a non-negative integer, got ${n}`);
  }
}

function layOut(type: Type, path: string, frame: FrameAllocator): Layout {
  switch (type.kind) {
    case 'bool':
    case 'int':
    case 'enum': {
      const width = scalarWidth(type, path);
      return { kind: 'scalar', type, width, ...frame.packed(width) };
    }
    case 'set': {
      checkLength(type.size, path, 'a set size');
      if (type.size <= 32) {
        return { kind: 'set', size: type.size, words: 0, ...frame.packed(type.size) };
      }
      const words = Math.ceil(type.size / 32);
      return { kind: 'set', size: type.size, words, word: frame.whole(words), shift: 0 };
    }
    case 'array':
      return layOutArray(type, path, frame);
    case 'record': {
      if (typeof type.fields !== 'object' || type.fields === null) {
        throw new LayoutError(path, `expected a type, got ${String(type.fields)}`);
      }
      const fields = Object.entries(type.fields).map(
        ([name, field]) =>
          [name, layOutChecked(field, path ? `${path}.${name}` : name, frame)] as const,
      );
      return { kind: 'record', type, fields };
    }
  }
}

function layOutArray(type: ArrayType, path: string, frame: FrameAllocator): Layout {
  checkLength(type.length, path, 'an array length');
  const elem = type.of;
  if (elem.kind === 'bool' || elem.kind === 'int' || elem.kind === 'enum') {
    const width = scalarWidth(elem, `${path}[]`);
    const perWord = width === 0 ? type.length || 1 : Math.floor(32 / width);
    const word = frame.whole(width === 0 ? 0 : Math.ceil(type.length / perWord));
    return { kind: 'scalar-array', type, elem, word, width, perWord };
  }
  const inner = new FrameAllocator();
  const elemLayout = layOutChecked(elem, `${path}[]`, inner);
  const word = frame.whole(inner.words * type.length);
  return { kind: 'frame-array', type, word, stride: inner.words, elem: elemLayout };
}

function layOutChecked(type: Type, path: string, frame: FrameAllocator): Layout {
  const kinds = ['bool', 'int', 'enum', 'set', 'array', 'record'];
  if (typeof type !== 'object' || type === null || !kinds.includes((type as Type).kind)) {
    throw new LayoutError(path, 'is not a state type: build it with t.bool(), t.int(), t.enum(), ' +
      't.set(), t.array() or t.record()');
  }
  return layOut(type, path, frame);
}

/** The layout of a whole state and the number of 32-bit words it takes. */
export interface StateLayout {
  readonly root: RecordLayout;
  readonly words: number;
}

/** Lays out a model's state record. Throws `LayoutError` naming the field at fault. */
export function layOutState(type: RecordType): StateLayout {
  const frame = new FrameAllocator();
  const root = layOutChecked(type, '', frame) as RecordLayout;
  return { root, words: Math.max(frame.words, 1) };
}

export { describeType };
