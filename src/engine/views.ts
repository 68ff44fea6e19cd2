/**
 * Views over packed states. A `Holder` points at the words of one state;
 * the views built over it read and write those bits through properties and
 * methods, so a model reads `s.tmState` while the engine keeps two words.
 * View classes are generated per layout (see view-codegen.ts).
 */
import type { FrameArrayLayout, Layout } from './layout.ts';
import { recordClass, scalarArrayClass, setClass, type ViewClass } from './view-codegen.ts';
import { viewErrors } from './view-errors.ts';

export { ViewError } from './view-errors.ts';

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

/** An array of compound elements; each element's view is built once. */
export class FrameArrayView {
  constructor(
    readonly items: readonly unknown[],
    readonly path: string,
  ) {}

  get length(): number {
    return this.items.length;
  }

  get(i: number): unknown {
    const item = this.items[i];
    if (item === undefined || (i >>> 0) !== i) {
      throw viewErrors.badIndex(this.path, i, this.items.length);
    }
    return item;
  }

  *[Symbol.iterator](): IterableIterator<unknown> {
    yield* this.items;
  }

  count(f: (e: unknown, i: number) => boolean): number {
    let n = 0;
    for (let i = 0; i < this.items.length; i++) if (f(this.items[i], i)) n++;
    return n;
  }

  some(f: (e: unknown, i: number) => boolean): boolean {
    return this.findIndex(f) >= 0;
  }

  every(f: (e: unknown, i: number) => boolean): boolean {
    for (let i = 0; i < this.items.length; i++) if (!f(this.items[i], i)) return false;
    return true;
  }

  findIndex(f: (e: unknown, i: number) => boolean): number {
    for (let i = 0; i < this.items.length; i++) if (f(this.items[i], i)) return i;
    return -1;
  }

  toArray(): unknown[] {
    return [...this.items];
  }
}

/** Builds view objects for layouts; generates one class per layout and caches it. */
export class ViewFactory {
  private readonly classes = new Map<Layout, ViewClass>();

  /** A view of `layout` over `h`, with frame base word `o`. */
  make(layout: Layout, h: Holder, o: number, path: string): unknown {
    switch (layout.kind) {
      case 'record':
        return new (this.classFor(layout))(h, o, path);
      case 'set':
      case 'scalar-array':
        return new (this.classFor(layout))(h, o + layout.word, path);
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
    return new FrameArrayView(items, path);
  }

  private classFor(layout: Layout): ViewClass {
    let cls = this.classes.get(layout);
    if (!cls) {
      if (layout.kind === 'record') cls = recordClass(layout, this);
      else if (layout.kind === 'set') cls = setClass(layout, this);
      else if (layout.kind === 'scalar-array') cls = scalarArrayClass(layout, this);
      else throw new Error(`no generated class for ${layout.kind}`);
      this.classes.set(layout, cls);
    }
    return cls;
  }
}
