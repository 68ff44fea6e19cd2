/**
 * How actions see a state. The engine keeps states packed; a view reads and
 * writes the packed bits through ordinary-looking properties and methods.
 *
 * `State<T>` is the read-only view given to guards, invariants and domains.
 * `Draft<T>` is the writable view given to an action's effect: it starts as a
 * copy of the current state, and whatever the effect writes becomes the
 * successor. The input state itself can never change.
 */
import type {
  ArrayType,
  BoolType,
  EnumType,
  Fields,
  IntType,
  Plain,
  RecordType,
  SetType,
  Type,
} from './types.ts';

/** Read-only view of a subset of `0..size-1`. Iterates in ascending order. */
export interface SetState {
  /** The universe size: members are `0..size-1`. */
  readonly universe: number;
  /** The number of members. */
  readonly size: number;
  has(i: number): boolean;
  /** Members in ascending order. */
  [Symbol.iterator](): IterableIterator<number>;
  toArray(): number[];
}

/** Writable view of a subset of `0..size-1`. */
export interface SetDraft extends SetState {
  add(i: number): void;
  delete(i: number): void;
  clear(): void;
}

/** Read-only view of a fixed-length array. */
export interface ArrayState<E> {
  readonly length: number;
  /** Element `i`; throws on an index out of range. */
  get(i: number): E;
  [Symbol.iterator](): IterableIterator<E>;
  /** How many elements satisfy `pred`. */
  count(pred: (e: E, i: number) => boolean): number;
  some(pred: (e: E, i: number) => boolean): boolean;
  every(pred: (e: E, i: number) => boolean): boolean;
  /** The index of the first element satisfying `pred`, or -1. */
  findIndex(pred: (e: E, i: number) => boolean): number;
  toArray(): E[];
}

/** Writable view of an array of scalars. */
export interface ScalarArrayDraft<E> extends ArrayState<E> {
  set(i: number, value: E): void;
  /** Set every element to `value`. */
  fill(value: E): void;
}

type ScalarValue<T extends Type> = T extends BoolType
  ? boolean
  : T extends IntType
    ? number
    : T extends EnumType<infer V>
      ? V
      : never;

/** The read-only view of a value of type `T`. */
export type StateOf<T extends Type> = T extends BoolType | IntType | EnumType
  ? ScalarValue<T>
  : T extends SetType
    ? SetState
    : T extends ArrayType<infer E>
      ? ArrayState<StateOf<E>>
      : T extends RecordType<infer F>
        ? { readonly [K in keyof F]: StateOf<F[K]> }
        : never;

/** The writable view of a value of type `T`. */
export type DraftOf<T extends Type> = T extends BoolType | IntType | EnumType
  ? ScalarValue<T>
  : T extends SetType
    ? SetDraft
    : T extends ArrayType<infer E>
      ? E extends BoolType | IntType | EnumType
        ? ScalarArrayDraft<ScalarValue<E>>
        : ArrayState<DraftOf<E>>
      : T extends RecordType<infer F>
        ? DraftRecord<F>
        : never;

type ScalarKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends BoolType | IntType | EnumType ? K : never;
}[keyof F];

type DraftRecord<F extends Fields> = {
  -readonly [K in ScalarKeys<F>]: DraftOf<F[K]>;
} & {
  readonly [K in Exclude<keyof F, ScalarKeys<F>>]: DraftOf<F[K]>;
};

/** A read-only state of a model whose state fields are `F`. */
export type State<F extends Fields> = StateOf<RecordType<F>>;

/** A writable successor of a model whose state fields are `F`. */
export type Draft<F extends Fields> = DraftOf<RecordType<F>>;

/** The plain-data form of a state, as `init` returns it and reports show it. */
export type PlainState<F extends Fields> = Plain<RecordType<F>>;

/**
 * The plain form accepted for a state: like `PlainState` but sets may also be
 * given as `Set<number>`, in any order.
 */
export type InitState<F extends Fields> = InitOf<RecordType<F>>;

type InitOf<T extends Type> = T extends SetType
  ? readonly number[] | ReadonlySet<number>
  : T extends ArrayType<infer E>
    ? readonly InitOf<E>[]
    : T extends RecordType<infer F>
      ? { readonly [K in keyof F]: InitOf<F[K]> }
      : Plain<T>;
