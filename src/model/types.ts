/**
 * The state-type language. A model declares the shape of its state with these
 * constructors; the engine packs every state of that shape into a few 32-bit
 * words and hands actions a typed view over them.
 *
 * Every type is finite: integers have bounds, sets and arrays have a length
 * fixed by the model's parameters. That is what makes the encoding compact and
 * canonical (two equal states always have the same bits).
 */

/** A boolean. */
export interface BoolType {
  readonly kind: 'bool';
}

/** An integer in `min..max` inclusive. */
export interface IntType {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
}

/** One of a fixed list of string values. */
export interface EnumType<V extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}

/** A subset of the integers `0..size-1` (for example, a set of process ids). */
export interface SetType {
  readonly kind: 'set';
  readonly size: number;
}

/** A fixed-length array. */
export interface ArrayType<T extends Type = Type> {
  readonly kind: 'array';
  readonly length: number;
  readonly of: T;
}

/** A record with named fields. */
export interface RecordType<F extends Fields = Fields> {
  readonly kind: 'record';
  readonly fields: F;
}

/** Named fields of a record. */
export type Fields = { readonly [name: string]: Type };

/** Any state type. */
export type Type = BoolType | IntType | EnumType | SetType | ArrayType | RecordType;

/** A type whose values are single numbers, booleans or strings. */
export type ScalarType = BoolType | IntType | EnumType;

/** The plain JavaScript value of a type: what `init` returns and reports show. */
export type Plain<T extends Type> = T extends BoolType
  ? boolean
  : T extends IntType
    ? number
    : T extends EnumType<infer V>
      ? V
      : T extends SetType
        ? readonly number[]
        : T extends ArrayType<infer E>
          ? readonly Plain<E>[]
          : T extends RecordType<infer F>
            ? { readonly [K in keyof F]: Plain<F[K]> }
            : never;

/** Constructors for state types. */
export const t = {
  /** A boolean. */
  bool(): BoolType {
    return { kind: 'bool' };
  },

  /** An integer in `min..max` inclusive; the range must span at most 2^30 values. */
  int(min: number, max: number): IntType {
    return { kind: 'int', min, max };
  },

  /** One of the given strings, for example `t.enum('working', 'prepared')`. */
  enum<const V extends string>(...values: V[]): EnumType<V> {
    return { kind: 'enum', values };
  },

  /** A subset of `0..size-1`. */
  set(size: number): SetType {
    return { kind: 'set', size };
  },

  /** An array of exactly `length` elements of type `of`. */
  array<T extends Type>(length: number, of: T): ArrayType<T> {
    return { kind: 'array', length, of };
  },

  /** A record with the given fields, in declaration order. */
  record<const F extends Fields>(fields: F): RecordType<F> {
    return { kind: 'record', fields };
  },
} as const;

/** True for the types whose values are one number, boolean or string. */
export function isScalar(type: Type): type is ScalarType {
  return type.kind === 'bool' || type.kind === 'int' || type.kind === 'enum';
}

/** A human-readable rendering of a type, for error messages. */
export function describeType(type: Type): string {
  switch (type.kind) {
    case 'bool':
      return 'bool';
    case 'int':
      return `int ${type.min}..${type.max}`;
    case 'enum':
      return `one of ${type.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'set':
      return `set of 0..${type.size - 1}`;
    case 'array':
      return `array of ${type.length} × ${describeType(type.of)}`;
    case 'record':
      return `record {${Object.keys(type.fields).join(', ')}}`;
  }
}
