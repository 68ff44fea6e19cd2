/**
 * Converting between plain data and packed states. Encoding validates that
 * the value is plain data of the declared type (no functions, class
 * instances, NaN, cycles, missing or extra fields) and is canonical: equal
 * values give equal words whatever their key or set order.
 */
import type { Layout, StateLayout } from './layout.ts';
import { Holder, ViewFactory } from './views.ts';

/** What the encoder needs of a set view. */
interface SetLike {
  clear(): void;
  add(i: number): void;
  toArray(): number[];
}

/** What the encoder needs of an array view. */
interface ArrayLike {
  readonly length: number;
  get(i: number): unknown;
  set?(i: number, v: unknown): void;
  toArray(): unknown[];
}

/** A plain value that does not fit the state type. */
export class EncodeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(path ? `state field '${path}': ${message}` : message);
  }
}

/** Plain data as reports and traces show it. */
export type PlainValue = boolean | number | string | readonly PlainValue[] | PlainObject;
/** A plain object of plain values. */
export type PlainObject = { readonly [key: string]: PlainValue };

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    if (proto !== Object.prototype && proto !== null) {
      return `an instance of ${proto.constructor?.name ?? 'a class'}`;
    }
    return 'an object';
  }
  return typeof v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Encodes plain values into the words behind a set of views. */
class Encoder {
  private readonly path: object[] = [];

  assign(view: unknown, layout: Layout, value: unknown, path: string): void {
    if (typeof value === 'object' && value !== null) {
      if (this.path.includes(value)) throw new EncodeError(path, 'the value contains a cycle');
      this.path.push(value);
    }
    try {
      this.assignInner(view, layout, value, path);
    } finally {
      if (typeof value === 'object' && value !== null) this.path.pop();
    }
  }

  private assignInner(view: unknown, layout: Layout, value: unknown, path: string): void {
    switch (layout.kind) {
      case 'record':
        return this.record(view as Record<string, unknown>, layout.fields, value, path);
      case 'set':
        return this.set(view as SetLike, value, path);
      case 'scalar-array':
      case 'frame-array':
        return this.array(view as ArrayLike, layout, value, path);
      case 'scalar':
        throw new Error('scalars are assigned by their record');
    }
  }

  private record(view: Record<string, unknown>, fields: readonly (readonly [string, Layout])[],
    value: unknown, path: string): void {
    if (!isPlainObject(value)) {
      throw new EncodeError(path, `expected a plain object, got ${kindOf(value)}`);
    }
    const known = new Set(fields.map(([name]) => name));
    for (const key of Object.keys(value)) {
      if (!known.has(key)) throw new EncodeError(join(path, key), 'is not a declared state field');
    }
    for (const [name, field] of fields) {
      const at = join(path, name);
      if (!(name in value)) throw new EncodeError(at, 'is missing');
      const v = value[name];
      if (field.kind === 'scalar') view[name] = v;
      else this.assign(view[name], field, v, at);
    }
  }

  private set(view: SetLike, value: unknown, path: string): void {
    const members = value instanceof Set ? [...(value as Set<unknown>)] : value;
    if (!Array.isArray(members)) {
      throw new EncodeError(path, `expected an array or Set of members, got ${kindOf(value)}`);
    }
    view.clear();
    for (const m of members) view.add(m as number);
  }

  private array(view: ArrayLike, layout: Layout, value: unknown,
    path: string): void {
    if (!Array.isArray(value)) {
      throw new EncodeError(path, `expected an array, got ${kindOf(value)}`);
    }
    if (value.length !== view.length) {
      throw new EncodeError(path, `expected ${view.length} elements, got ${value.length}`);
    }
    value.forEach((v, i) => {
      if (layout.kind === 'scalar-array') view.set!(i, v);
      else if (layout.kind === 'frame-array') {
        this.assign(view.get(i), layout.elem, v, `${path}[${i}]`);
      }
    });
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Reads a view back into plain data. */
export function toPlain(view: unknown, layout: Layout): PlainValue {
  switch (layout.kind) {
    case 'record': {
      const out: Record<string, PlainValue> = {};
      const v = view as Record<string, unknown>;
      for (const [name, field] of layout.fields) {
        out[name] = field.kind === 'scalar' ? (v[name] as PlainValue) : toPlain(v[name], field);
      }
      return out;
    }
    case 'set':
      return (view as SetLike).toArray();
    case 'scalar-array':
      return (view as ArrayLike).toArray() as PlainValue[];
    case 'frame-array':
      return (view as ArrayLike).toArray().map((e) => toPlain(e, layout.elem));
    case 'scalar':
      throw new Error('scalars are read by their record');
  }
}

/** Encodes and decodes whole states of one layout. */
export class StateCodec {
  private readonly holder: Holder;
  private readonly view: unknown;

  constructor(readonly layout: StateLayout, factory = new ViewFactory()) {
    this.holder = new Holder(layout.words);
    this.view = factory.make(layout.root, this.holder, 0, '');
  }

  /** The packed words of a plain state; throws `EncodeError` or a view error naming the field. */
  encode(value: unknown): Uint32Array {
    const h = this.holder;
    h.w = new Uint32Array(this.layout.words);
    h.ro = false;
    try {
      new Encoder().assign(this.view, this.layout.root, value, '');
    } finally {
      h.ro = true;
    }
    return h.w;
  }

  /** The plain form of packed words. */
  decode(words: Uint32Array): PlainObject {
    this.holder.w = words;
    return toPlain(this.view, this.layout.root) as PlainObject;
  }
}
