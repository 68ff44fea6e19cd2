/**
 * Reading a block's own field from a state view. Every block owns one
 * top-level state field, named by the model; the model's state type is only
 * known to its author, so the block reaches its field through this one cast.
 */

/** A view that has a field `K` whose view is `V`. */
export type Has<K extends string, V> = { readonly [P in K]: V };

/** A compiled reader of one field. */
type Reader = (s: object) => unknown;

const readers = new Map<string, Reader>();

/**
 * A function reading field `key` of a state or draft view. It is compiled
 * with the key written in its source, so the engine's property getter is
 * reached by a plain named load: a load through a variable key costs several
 * times more in the guards that run for every choice of every state.
 */
export function fieldReader<V>(key: string): (s: object) => V {
  let read = readers.get(key);
  if (!read) {
    read = new Function('s', `return s[${JSON.stringify(key)}];`) as Reader;
    readers.set(key, read);
  }
  return read as (s: object) => V;
}
