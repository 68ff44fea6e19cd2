/**
 * Differences between two plain states of the same state type, as dotted
 * paths. The type guides the walk: records are compared field by field,
 * arrays element by element, and sets and scalars as whole values, so adding
 * a member to a set is one change (`msgs.prepared: {} -> {0}`), not a shift
 * of every later element.
 */
import type { Type } from '../model/index.ts';
import type { FieldChange, PlainObject, PlainValue } from './trace.ts';

/** The fields of `after` that differ from `before`, in declaration order. */
export function diffStates(
  type: Type,
  before: PlainObject,
  after: PlainObject,
): FieldChange[] {
  const out: FieldChange[] = [];
  walk(type, before, after, '', out);
  return out;
}

function walk(type: Type, before: PlainValue, after: PlainValue, path: string,
  out: FieldChange[]): void {
  switch (type.kind) {
    case 'record': {
      const b = before as PlainObject;
      const a = after as PlainObject;
      for (const [name, field] of Object.entries(type.fields)) {
        walk(field, b[name]!, a[name]!, path ? `${path}.${name}` : name, out);
      }
      return;
    }
    case 'array': {
      const b = before as readonly PlainValue[];
      const a = after as readonly PlainValue[];
      for (let i = 0; i < type.length; i++) walk(type.of, b[i]!, a[i]!, `${path}[${i}]`, out);
      return;
    }
    case 'set':
      if (!sameMembers(before as readonly number[], after as readonly number[])) {
        out.push({ path, before, after, kind: 'set' });
      }
      return;
    default:
      if (before !== after) out.push({ path, before, after, kind: 'value' });
  }
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
