/**
 * Source generation for views. Each record, scalar-array and set layout gets
 * its own class with offsets, widths and masks written in as constants, so
 * reading `s.rmState.get(r)` compiles to a load, a shift and a mask.
 */
import type { ScalarType } from '../model/types.ts';
import type { Layout, RecordLayout, ScalarArrayLayout, SetLayout } from './layout.ts';
import type { Holder } from './views.ts';
import { viewErrors } from './view-errors.ts';

/** A generated view class: built over a holder, a frame base word and a path. */
export type ViewClass = new (h: Holder, o: number, path: string) => object;

/** Builds child views; the factory passes itself so records can build their fields. */
export interface ChildMaker {
  make(layout: Layout, h: Holder, o: number, path: string): unknown;
}

/** Constants referenced by generated source as `K[i]`. */
class Constants {
  readonly values: unknown[] = [];

  ref(value: unknown): string {
    this.values.push(value);
    return `K[${this.values.length - 1}]`;
  }
}

function maskOf(width: number): number {
  return width === 32 ? 0xffffffff : (1 << width) - 1;
}

/** Source decoding raw bits `raw` into a value of `type`. */
function decodeSrc(type: ScalarType, raw: string, k: Constants): string {
  if (type.kind === 'int') return `(${raw} + ${type.min})`;
  if (type.kind === 'bool') return `(${raw} === 1)`;
  return `${k.ref(type.values)}[${raw}]`;
}

/** Source encoding `v` into raw bits, or -1 when `v` is not a value of `type`. */
function encodeSrc(type: ScalarType, k: Constants): string {
  if (type.kind === 'int') {
    return `(typeof v === 'number' && Number.isInteger(v) && v >= ${type.min} && ` +
      `v <= ${type.max} ? v - ${type.min} : -1)`;
  }
  if (type.kind === 'bool') return `(v === true ? 1 : v === false ? 0 : -1)`;
  if (type.values.length <= 8) {
    return `(${type.values.map((x, i) => `v === ${JSON.stringify(x)} ? ${i} : `).join('')}-1)`;
  }
  return `(${k.ref(new Map(type.values.map((x, i) => [x, i])))}.get(v) ?? -1)`;
}

function compile(src: string, k: Constants, maker: ChildMaker): ViewClass {
  return new Function('K', 'E', 'F', src)(k.values, viewErrors, maker) as ViewClass;
}

function scalarField(name: string, f: { word: number; shift: number; width: number },
  type: ScalarType, k: Constants): string {
  const key = JSON.stringify(name);
  const mask = maskOf(f.width);
  const raw = `((this.h.w[this.o + ${f.word}] >>> ${f.shift}) & ${mask})`;
  const typeRef = k.ref(type);
  return `
  get [${key}]() { return ${decodeSrc(type, raw, k)}; }
  set [${key}](v) {
    const h = this.h;
    if (h.ro) throw E.readOnly(E.join(this.p, ${key}));
    const x = ${encodeSrc(type, k)};
    if (x < 0) throw E.badValue(E.join(this.p, ${key}), ${typeRef}, v);
    const i = this.o + ${f.word};
    h.w[i] = (h.w[i] & ${~(mask << f.shift)}) | (x << ${f.shift});
  }`;
}

/** A class for a record layout: scalar fields are accessors, others child views. */
export function recordClass(layout: RecordLayout, maker: ChildMaker): ViewClass {
  const k = new Constants();
  const members: string[] = [];
  const inits: string[] = [];
  layout.fields.forEach(([name, field], i) => {
    const key = JSON.stringify(name);
    if (field.kind === 'scalar') {
      members.push(scalarField(name, field, field.type, k));
      return;
    }
    inits.push(`this.c${i} = F.make(${k.ref(field)}, h, o, E.join(p, ${key}));`);
    members.push(`get [${key}]() { return this.c${i}; }`);
  });
  const src = `return class RecordView {
    constructor(h, o, p) { this.h = h; this.o = o; this.p = p; ${inits.join('\n')} }
    ${members.join('\n')}
  };`;
  return compile(src, k, maker);
}

/** Element-wise helpers shared by every array class, over `get(i)` and `LEN`. */
function arrayHelpers(len: number): string {
  return `
  get length() { return ${len}; }
  *[Symbol.iterator]() { for (let i = 0; i < ${len}; i++) yield this.get(i); }
  count(f) { let n = 0; for (let i = 0; i < ${len}; i++) if (f(this.get(i), i)) n++; return n; }
  some(f) { for (let i = 0; i < ${len}; i++) if (f(this.get(i), i)) return true; return false; }
  every(f) { for (let i = 0; i < ${len}; i++) if (!f(this.get(i), i)) return false; return true; }
  findIndex(f) { for (let i = 0; i < ${len}; i++) if (f(this.get(i), i)) return i; return -1; }
  toArray() { return [...this]; }`;
}

/** Source locating element `i`: its word index and bit shift. */
function elementAt(layout: ScalarArrayLayout): { word: string; shift: string } {
  const per = layout.perWord;
  if ((per & (per - 1)) === 0) {
    const log = Math.log2(per);
    return { word: `(i >>> ${log})`, shift: `((i & ${per - 1}) * ${layout.width})` };
  }
  return { word: `((i / ${per}) | 0)`, shift: `((i % ${per}) * ${layout.width})` };
}

/** A class for an array of scalars packed several to a word. */
export function scalarArrayClass(layout: ScalarArrayLayout, maker: ChildMaker): ViewClass {
  const k = new Constants();
  const len = layout.type.length;
  const mask = maskOf(layout.width);
  const at = elementAt(layout);
  const check = `if ((i >>> 0) !== i || i >= ${len}) throw E.badIndex(this.p, i, ${len});`;
  const src = `return class ScalarArrayView {
    constructor(h, o, p) { this.h = h; this.o = o; this.p = p; }
    get(i) {
      ${check}
      const raw = (this.h.w[this.o + ${at.word}] >>> ${at.shift}) & ${mask};
      return ${decodeSrc(layout.elem, 'raw', k)};
    }
    set(i, v) {
      const h = this.h;
      if (h.ro) throw E.readOnly(this.p + '[' + i + ']');
      ${check}
      const x = ${encodeSrc(layout.elem, k)};
      if (x < 0) throw E.badValue(this.p + '[' + i + ']', ${k.ref(layout.elem)}, v);
      const a = this.o + ${at.word}, s = ${at.shift};
      h.w[a] = (h.w[a] & ~(${mask} << s)) | (x << s);
    }
    fill(v) { for (let i = 0; i < ${len}; i++) this.set(i, v); }
    ${arrayHelpers(len)}
  };`;
  return compile(src, k, maker);
}

/** A class for a set of `0..size-1`, packed in one word or spanning whole words. */
export function setClass(layout: SetLayout, maker: ChildMaker): ViewClass {
  const k = new Constants();
  const size = layout.size;
  const multi = layout.words > 0;
  const word = multi ? `this.o + (i >>> 5)` : `this.o`;
  const bit = multi ? `(i & 31)` : `(i + ${layout.shift})`;
  const check = `if ((i >>> 0) !== i || i >= ${size}) throw E.badIndex(this.p, i, ${size});`;
  const mask = multi ? 0 : (maskOf(size) << layout.shift) | 0;
  const sizeSrc = multi
    ? `let n = 0; for (let j = 0; j < ${layout.words}; j++) n += E.popcount(this.h.w[this.o + j]);
       return n;`
    : `return E.popcount(this.h.w[this.o] & ${mask});`;
  const clearSrc = multi
    ? `this.h.w.fill(0, this.o, this.o + ${layout.words});`
    : `this.h.w[this.o] &= ${~mask};`;
  const src = `return class SetView {
    constructor(h, o, p) { this.h = h; this.o = o; this.p = p; }
    get universe() { return ${size}; }
    has(i) { ${check} return ((this.h.w[${word}] >>> ${bit}) & 1) === 1; }
    add(i) {
      if (this.h.ro) throw E.readOnly(this.p);
      ${check} this.h.w[${word}] |= 1 << ${bit};
    }
    delete(i) {
      if (this.h.ro) throw E.readOnly(this.p);
      ${check} this.h.w[${word}] &= ~(1 << ${bit});
    }
    clear() { if (this.h.ro) throw E.readOnly(this.p); ${clearSrc} }
    get size() { ${sizeSrc} }
    *[Symbol.iterator]() { for (let i = 0; i < ${size}; i++) if (this.has(i)) yield i; }
    toArray() { return [...this]; }
  };`;
  return compile(src, k, maker);
}

/** Array-helper source for arrays of compound elements, over `this.items`. */
export function frameArrayHelpers(len: number): string {
  return arrayHelpers(len);
}
