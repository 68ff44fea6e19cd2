/**
 * Views over packed states. A `Holder` points at the words of one state;
 * the views built over it read and write those bits through properties and
 * methods, so a model reads `s.tmState` while the engine keeps two words.
 *
 * Record views are generated classes (one per record layout) so that V8 sees
 * plain monomorphic property accessors with constant offsets.
 */
import { describeType, type ScalarType } from '../model/types.ts';
import type {
  FrameArrayLayout,
  Layout,
  RecordLayout,
  ScalarArrayLayout,
  SetLayout,
} from './layout.ts';

/** The state a view reads: its words and whether writing is allowed. */
export class Holder {
  /** The words of the state the views currently show. */
  w: Uint32Array;
  /** True while the views are read-only (guards, invariants, domains). */
  ro = true;

  constructor(words: number) {
    this.w = new Uint32Array(words);
  }
}

/** What went wrong inside a view: a write where none is allowed, or a bad value. */
export class ViewError extends Error {
  constructor(
    readonly reason: 'read-only' | 'bad-value' | 'bad-index',
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function readOnly(path: string): ViewError {
  return new ViewError('read-only', path, `wrote state field '${path}' where the state is read-only`);
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'object' && v !== null) {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    return `an object (${proto?.constructor?.name ?? 'no prototype'})`;
  }
  return String(v);
}

function badValue(path: string, type: ScalarType, v: unknown): ViewError {
  return new ViewError(
    'bad-value',
    path,
    `wrote ${describeValue(v)} to state field '${path}', which holds ${describeType(type)}`,
  );
}

function badIndex(path: string, i: unknown, length: number): ViewError {
  return new ViewError('bad-index', path,
    `index ${describeValue(i)} is outside '${path}' (valid: 0..${length - 1})`);
}

/** Encodes and decodes one scalar type to and from its raw bits. */
class ScalarCodec {
  /** 0 bool, 1 int, 2 enum. */
  readonly k: number;
  readonly min: number;
  readonly max: number;
  readonly values: readonly string[];
  readonly index: Map<unknown, number>;

  constructor(readonly type: ScalarType) {
    this.k = type.kind === 'bool' ? 0 : type.kind === 'int' ? 1 : 2;
    this.min = type.kind === 'int' ? type.min : 0;
    this.max = type.kind === 'int' ? type.max : 1;
    this.values = type.kind === 'enum' ? type.values : [];
    this.index = new Map(this.values.map((v, i) => [v, i]));
  }

  decode(raw: number): boolean | number | string {
    if (this.k === 1) return raw + this.min;
    if (this.k === 0) return raw === 1;
    return this.values[raw] as string;
  }

  /** The raw bits for `v`, or -1 when `v` is not a value of the type. */
  encode(v: unknown): number {
    if (this.k === 1) {
      return typeof v === 'number' && Number.isInteger(v) && v >= this.min && v <= this.max
        ? v - this.min
        : -1;
    }
    if (this.k === 0) return v === true ? 1 : v === false ? 0 : -1;
    return this.index.get(v) ?? -1;
  }
}

/** A set of small integers stored as bits. */
export class SetView {
  constructor(
    readonly h: Holder,
    readonly o: number,
    readonly shift: number,
    readonly universe: number,
    readonly multiword: boolean,
    readonly path: string,
  ) {}

  private check(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.universe)) {
      throw badIndex(this.path, i, this.universe);
    }
  }

  has(i: number): boolean {
    this.check(i);
    if (!this.multiword) return ((this.h.w[this.o]! >>> (this.shift + i)) & 1) === 1;
    return ((this.h.w[this.o + (i >>> 5)]! >>> (i & 31)) & 1) === 1;
  }

  add(i: number): void {
    this.write(i, true);
  }

  delete(i: number): void {
    this.write(i, false);
  }

  private write(i: number, on: boolean): void {
    const h = this.h;
    if (h.ro) throw readOnly(this.path);
    this.check(i);
    const at = this.multiword ? this.o + (i >>> 5) : this.o;
    const bit = 1 << (this.multiword ? i & 31 : this.shift + i);
    h.w[at] = on ? h.w[at]! | bit : h.w[at]! & ~bit;
  }

  clear(): void {
    const h = this.h;
    if (h.ro) throw readOnly(this.path);
    if (this.multiword) {
      h.w.fill(0, this.o, this.o + Math.ceil(this.universe / 32));
      return;
    }
    const mask = this.universe === 32 ? 0xffffffff : ((1 << this.universe) - 1) << this.shift;
    h.w[this.o] = h.w[this.o]! & ~mask;
  }

  get size(): number {
    let n = 0;
    for (let i = 0; i < this.universe; i++) if (this.has(i)) n++;
    return n;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.universe; i++) if (this.has(i)) yield i;
  }

  toArray(): number[] {
    return [...this];
  }
}

/** Shared element-wise helpers of both array views. */
abstract class ArrayViewBase<E> {
  abstract readonly length: number;
  abstract get(i: number): E;

  *[Symbol.iterator](): IterableIterator<E> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  count(pred: (e: E, i: number) => boolean): number {
    let n = 0;
    for (let i = 0; i < this.length; i++) if (pred(this.get(i), i)) n++;
    return n;
  }

  some(pred: (e: E, i: number) => boolean): boolean {
    return this.findIndex(pred) >= 0;
  }

  every(pred: (e: E, i: number) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (!pred(this.get(i), i)) return false;
    return true;
  }

  findIndex(pred: (e: E, i: number) => boolean): number {
    for (let i = 0; i < this.length; i++) if (pred(this.get(i), i)) return i;
    return -1;
  }

  toArray(): E[] {
    return [...this];
  }
}

/** An array of scalars packed several to a word. */
export class ScalarArrayView extends ArrayViewBase<unknown> {
  private readonly mask: number;
  private readonly codec: ScalarCodec;

  constructor(
    readonly h: Holder,
    readonly o: number,
    readonly layout: ScalarArrayLayout,
    readonly path: string,
  ) {
    super();
    this.mask = layout.width === 32 ? 0xffffffff : (1 << layout.width) - 1;
    this.codec = new ScalarCodec(layout.elem);
  }

  get length(): number {
    return this.layout.type.length;
  }

  get(i: number): unknown {
    if (!(Number.isInteger(i) && i >= 0 && i < this.layout.type.length)) {
      throw badIndex(this.path, i, this.layout.type.length);
    }
    const per = this.layout.perWord;
    const word = this.h.w[this.o + ((i / per) | 0)]!;
    return this.codec.decode((word >>> ((i % per) * this.layout.width)) & this.mask);
  }

  set(i: number, v: unknown): void {
    const h = this.h;
    if (h.ro) throw readOnly(`${this.path}[${i}]`);
    if (!(Number.isInteger(i) && i >= 0 && i < this.layout.type.length)) {
      throw badIndex(this.path, i, this.layout.type.length);
    }
    const raw = this.codec.encode(v);
    if (raw < 0) throw badValue(`${this.path}[${i}]`, this.layout.elem, v);
    const per = this.layout.perWord;
    const at = this.o + ((i / per) | 0);
    const shift = (i % per) * this.layout.width;
    h.w[at] = (h.w[at]! & ~(this.mask << shift)) | (raw << shift);
  }

  fill(v: unknown): void {
    for (let i = 0; i < this.layout.type.length; i++) this.set(i, v);
  }
}

/** An array of compound elements; each element's view is built once. */
export class FrameArrayView extends ArrayViewBase<unknown> {
  constructor(readonly items: readonly unknown[]) {
    super();
  }

  get length(): number {
    return this.items.length;
  }

  get(i: number): unknown {
    const item = this.items[i];
    if (item === undefined || !Number.isInteger(i)) throw badIndex('array', i, this.items.length);
    return item;
  }
}

type RecordClass = new (h: Holder, o: number, path: string) => object;

/** Builds view objects for layouts; caches one generated class per record layout. */
export class ViewFactory {
  private readonly classes = new Map<RecordLayout, RecordClass>();

  /** A view of `layout` over `h`, with frame base word `o`. */
  make(layout: Layout, h: Holder, o: number, path: string): unknown {
    switch (layout.kind) {
      case 'record':
        return new (this.recordClass(layout))(h, o, path);
      case 'set':
        return new SetView(h, o + layout.word, layout.shift, layout.size, layout.words > 0, path);
      case 'scalar-array':
        return new ScalarArrayView(h, o + layout.word, layout, path);
      case 'frame-array':
        return this.frameArray(layout, h, o, path);
      case 'scalar':
        throw new Error('scalars have no view of their own');
    }
  }

  private frameArray(layout: FrameArrayLayout, h: Holder, o: number, path: string): unknown {
    const items = Array.from({ length: layout.type.length }, (_, i) =>
      this.make(layout.elem, h, o + layout.word + i * layout.stride, `${path}[${i}]`),
    );
    return new FrameArrayView(items);
  }

  private recordClass(layout: RecordLayout): RecordClass {
    let cls = this.classes.get(layout);
    if (!cls) {
      cls = generateRecordClass(layout, this);
      this.classes.set(layout, cls);
    }
    return cls;
  }
}

/** The source of one scalar field's getter and setter. */
function scalarAccessors(name: string, k: number, f: { word: number; shift: number; width: number },
  type: ScalarType): string {
  const key = JSON.stringify(name);
  const mask = f.width === 32 ? 0xffffffff : (1 << f.width) - 1;
  const read = `((this.h.w[this.o + ${f.word}] >>> ${f.shift}) & ${mask})`;
  const decode = type.kind === 'int' ? `${read} + ${type.min}`
    : type.kind === 'bool' ? `${read} === 1` : `C[${k}].values[${read}]`;
  return `
  get [${key}]() { return ${decode}; }
  set [${key}](v) {
    const h = this.h;
    if (h.ro) throw E.readOnly(E.join(this.p, ${key}));
    const x = C[${k}].encode(v);
    if (x < 0) throw E.badValue(E.join(this.p, ${key}), C[${k}].type, v);
    const i = this.o + ${f.word};
    h.w[i] = (h.w[i] & ${~(mask << f.shift)}) | (x << ${f.shift});
  }`;
}

function generateRecordClass(layout: RecordLayout, factory: ViewFactory): RecordClass {
  const codecs: ScalarCodec[] = [];
  const children: Layout[] = [];
  const members: string[] = [];
  const inits: string[] = [];
  for (const [name, field] of layout.fields) {
    const key = JSON.stringify(name);
    if (field.kind === 'scalar') {
      members.push(scalarAccessors(name, codecs.length, field, field.type));
      codecs.push(new ScalarCodec(field.type));
      continue;
    }
    const slot = `c${children.length}`;
    inits.push(`this.${slot} = F.make(L[${children.length}], h, o, ` +
      `(p ? p + '.' : '') + ${key});`);
    members.push(`get [${key}]() { return this.${slot}; }`);
    children.push(field);
  }
  const src = `return class RecordView {
    constructor(h, o, p) { this.h = h; this.o = o; this.p = p; ${inits.join('\n')} }
    ${members.join('\n')}
  };`;
  const join = (p: string, name: string): string => (p ? `${p}.${name}` : name);
  const errors = { readOnly, badValue, join };
  return new Function('C', 'L', 'F', 'E', src)(codecs, children, factory, errors) as RecordClass;
}
