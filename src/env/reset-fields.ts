/**
 * Writing plain values back into a draft: how crash-recovery forgets a
 * process's volatile state. Scalars are assigned, sets and arrays are
 * rewritten element by element, records field by field.
 */

/** A plain value for a field: a scalar, a set or array as a list, or a record. */
export type PlainValue =
  | number
  | boolean
  | string
  | readonly PlainValue[]
  | { readonly [field: string]: PlainValue };

interface SetLike {
  clear(): void;
  add(i: number): void;
  readonly universe: number;
}

interface ArrayLike {
  readonly length: number;
  get(i: number): unknown;
  set?(i: number, v: unknown): void;
}

/**
 * Writes `values` into the draft record `view`: each named field gets its
 * plain value; fields not named keep theirs (the durable state). Throws a
 * `TypeError` naming the field when a value does not fit it. Allocates nothing
 * for scalar fields; meant for recovery steps, not hot guards.
 */
export function resetFields(view: object, values: { readonly [field: string]: PlainValue }): void {
  const target = view as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    const current = target[name];
    if (current === undefined) {
      throw new TypeError(`resetFields: the record has no field '${name}'`);
    }
    if (typeof current !== 'object' || current === null) {
      target[name] = value;
    } else {
      writeCompound(current, value, name);
    }
  }
}

function writeCompound(current: object, value: PlainValue, name: string): void {
  if ('universe' in current) {
    if (!Array.isArray(value)) throw new TypeError(`resetFields: '${name}' is a set; give a list`);
    const set = current as SetLike;
    set.clear();
    for (const i of value as readonly number[]) set.add(i);
    return;
  }
  if ('get' in current) {
    const arr = current as ArrayLike;
    if (!Array.isArray(value) || value.length !== arr.length) {
      throw new TypeError(
        `resetFields: '${name}' is an array of ${arr.length}; give as many values`);
    }
    for (let i = 0; i < arr.length; i++) {
      const v = (value as readonly PlainValue[])[i]!;
      if (arr.set) arr.set(i, v);
      else resetFields(arr.get(i) as object, v as { readonly [field: string]: PlainValue });
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`resetFields: '${name}' is a record; give an object`);
  }
  resetFields(current, value as { readonly [field: string]: PlainValue });
}
