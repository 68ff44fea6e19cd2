/**
 * Errors raised inside views, and the small helpers generated view code
 * calls. A `ViewError` names the state field; the engine adds the model and
 * action before it reaches the user.
 */
import { describeType, type ScalarType } from '../model/types.ts';

/** What went wrong inside a view: a write where none is allowed, or a bad value or index. */
export class ViewError extends Error {
  constructor(
    readonly reason: 'read-only' | 'bad-value' | 'bad-index',
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** A short description of any value, for error messages. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'object' && v !== null) {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    return `an object (${proto?.constructor?.name ?? 'no prototype'})`;
  }
  return String(v);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Helpers referenced by generated view source as `E.*`. */
export const viewErrors = {
  readOnly(path: string): ViewError {
    return new ViewError('read-only', path,
      `wrote state field '${path}' where the state is read-only`);
  },
  badValue(path: string, type: ScalarType, v: unknown): ViewError {
    return new ViewError('bad-value', path,
      `wrote ${describeValue(v)} to state field '${path}', which holds ${describeType(type)}`);
  },
  badIndex(path: string, i: unknown, length: number): ViewError {
    return new ViewError('bad-index', path,
      `index ${describeValue(i)} is outside '${path}' (valid: 0..${length - 1})`);
  },
  join(path: string, name: string): string {
    return path ? `${path}.${name}` : name;
  },
  popcount,
};
