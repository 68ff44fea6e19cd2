/**
 * Formatting whole states with the help of their type, so that sets print
 * as sets (`{0, 2}`) wherever they sit, even inside records and arrays.
 */
import type { RecordType, Type } from '../model/index.ts';
import type { PlainObject, PlainValue } from '../trace/index.ts';
import { formatValue } from './format.ts';

/** A value of `type` as text; sets in braces, records with field names. */
export function formatTyped(type: Type, v: PlainValue): string {
  switch (type.kind) {
    case 'set':
      return formatValue(v, true);
    case 'array':
      return `[${(v as readonly PlainValue[]).map((x) => formatTyped(type.of, x)).join(', ')}]`;
    case 'record': {
      const o = v as PlainObject;
      const parts = Object.entries(type.fields).map(([k, t]) => `${k}: ${formatTyped(t, o[k]!)}`);
      return `{${parts.join(', ')}}`;
    }
    default:
      return formatValue(v);
  }
}

/** Each top-level field of a state as `[name, text]`, in declaration order. */
export function stateFields(type: RecordType, state: PlainObject): [string, string][] {
  return Object.entries(type.fields).map(([k, t]) => [k, formatTyped(t, state[k]!)]);
}
