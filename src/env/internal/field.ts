/**
 * Reading a block's own field from a state view. Every block owns one
 * top-level state field, named by the model; the model's state type is only
 * known to its author, so the block reaches its field through this one cast.
 */

/** A view that has a field `K` whose view is `V`. */
export type Has<K extends string, V> = { readonly [P in K]: V };

/** The view of field `key` of `s`. `s` must be a state or draft of a model that declares it. */
export function fieldOf<V>(s: object, key: string): V {
  return (s as Readonly<Record<string, V>>)[key] as V;
}
