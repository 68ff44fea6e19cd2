import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateCodec } from '../../src/engine/codec.ts';
import { layOutState } from '../../src/engine/layout.ts';
import { t, type Type } from '../../src/index.ts';
import type { RecordType } from '../../src/model/types.ts';

/** Random state types, small enough to enumerate values of. */
const typeArb: fc.Arbitrary<Type> = fc.letrec<{ type: Type }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(t.bool()),
    fc.integer({ min: -5, max: 5 }).chain((min) =>
      fc.integer({ min, max: min + 300 }).map((max) => t.int(min, max))),
    fc.integer({ min: 1, max: 5 }).map((n) =>
      t.enum(...Array.from({ length: n }, (_, i) => `v${i}`))),
    fc.integer({ min: 0, max: 70 }).map((n) => t.set(n)),
    fc.tuple(fc.integer({ min: 0, max: 4 }), tie('type')).map(([n, of]) => t.array(n, of)),
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 })
      .chain((keys) => fc.tuple(...keys.map(() => tie('type'))).map((types) =>
        t.record(Object.fromEntries(keys.map((k, i) => [k, types[i]!]))))),
  ),
})).type;

/** Random plain values of a type. */
function valueArb(type: Type): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'bool':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: type.min, max: type.max });
    case 'enum':
      return fc.constantFrom(...type.values);
    case 'set':
      return type.size === 0 ? fc.constant([])
        : fc.uniqueArray(fc.integer({ min: 0, max: type.size - 1 }), { maxLength: type.size });
    case 'array':
      return fc.array(valueArb(type.of), { minLength: type.length, maxLength: type.length });
    case 'record': {
      const entries = Object.entries(type.fields).map(([k, f]) => [k, valueArb(f)] as const);
      return fc.record(Object.fromEntries(entries));
    }
  }
}

/** The same value rebuilt with keys and set members in another order. */
function shuffle(type: Type, value: unknown, seed: number): unknown {
  switch (type.kind) {
    case 'set': {
      const members = [...(value as number[])].sort((a, b) => ((a * seed) % 7) - ((b * seed) % 7));
      return seed % 2 ? new Set(members) : members;
    }
    case 'array':
      return (value as unknown[]).map((v) => shuffle(type.of, v, seed + 1));
    case 'record': {
      const keys = Object.keys(type.fields);
      const order = seed % 2 ? keys.reverse() : keys;
      const v = value as Record<string, unknown>;
      return Object.fromEntries(order.map((k) => [k, shuffle(type.fields[k]!, v[k], seed + 3)]));
    }
    default:
      return value;
  }
}

/** The canonical plain form: sets sorted ascending. */
function canonical(type: Type, value: unknown): unknown {
  if (type.kind === 'set') return [...(value as number[])].sort((a, b) => a - b);
  if (type.kind === 'array') return (value as unknown[]).map((v) => canonical(type.of, v));
  if (type.kind === 'record') {
    const v = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(type.fields).map(([k, f]) => [k, canonical(f, v[k])]));
  }
  return value;
}

const stateArb = typeArb
  .map((type): RecordType => (type.kind === 'record' ? type : t.record({ x: type })))
  .chain((type) => fc.tuple(fc.constant(type), valueArb(type), valueArb(type), fc.nat(50)));

describe('state encoding', () => {
  it('round-trips every value and never maps two different values to the same words', () => {
    fc.assert(fc.property(stateArb, ([type, a, b]) => {
      const codec = new StateCodec(layOutState(type));
      const wa = codec.encode(a).slice();
      const wb = codec.encode(b).slice();
      expect(codec.decode(wa)).toEqual(canonical(type, a));
      const sameWords = wa.every((w, i) => w === wb[i]);
      expect(sameWords)
        .toBe(JSON.stringify(canonical(type, a)) === JSON.stringify(canonical(type, b)));
    }), { numRuns: 400 });
  });

  it('maps equal values built in different key and set orders to the same words', () => {
    fc.assert(fc.property(stateArb, ([type, a, , seed]) => {
      const codec = new StateCodec(layOutState(type));
      const wa = codec.encode(a).slice();
      const ws = codec.encode(shuffle(type, a, seed + 1)).slice();
      expect([...ws]).toEqual([...wa]);
    }), { numRuns: 400 });
  });

  it('rejects values that are not plain data of the type, naming the field', () => {
    const type = t.record({ n: t.int(0, 3), tags: t.set(4), inner: t.record({ on: t.bool() }) });
    const codec = new StateCodec(layOutState(type));
    const ok = { n: 1, tags: [0], inner: { on: true } };
    const cyclic: Record<string, unknown> = { on: true };
    cyclic.self = cyclic;
    class Box {
      on = true;
    }
    const cases: [unknown, RegExp][] = [
      [{ ...ok, n: NaN }, /wrote NaN to state field 'n', which holds int 0..3/],
      [{ ...ok, n: 4 }, /wrote 4 to state field 'n'/],
      [{ ...ok, n: () => 1 }, /wrote a function to state field 'n'/],
      [{ ...ok, inner: new Box() }, /'inner': expected a plain object, got an instance of Box/],
      [{ ...ok, inner: cyclic }, /'inner.self': is not a declared state field/],
      [{ ...ok, tags: [5] }, /index 5 is outside 'tags'/],
      [{ n: 1, tags: [] }, /'inner': is missing/],
    ];
    for (const [value, message] of cases) expect(() => codec.encode(value)).toThrow(message);
  });

  it('detects a cycle in plain data', () => {
    const type = t.record({
      list: t.array(1, t.record({ next: t.array(1, t.record({ x: t.bool() })) })),
    });
    const codec = new StateCodec(layOutState(type));
    const node: Record<string, unknown> = {};
    node.next = [node];
    expect(() => codec.encode({ list: [node] })).toThrow(/contains a cycle/);
  });
});
