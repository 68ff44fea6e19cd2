import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { bagNetwork, budget, messageSpace, setNetwork } from '../../src/env/index.ts';
import { kinds, run, traceLength } from './run.ts';

const space = messageSpace({ value: 1 });

/** Three copies of one message in flight; a receiver counts them; the adversary may lose some. */
const lossy = defineModel({
  name: 'lossy-bag',
  params: { k: { default: 1 } },
  state: ({ k }) => ({
    net: bagNetwork('net', space, 3).type,
    got: t.int(0, 3),
    lost: budget('lost', k).type,
  }),
  init: () => ({ net: [3], got: 0, lost: 0 }),
  actions: ({ k }, action) => {
    const net = bagNetwork('net', space, 3);
    return [
      action('Deliver', net.deliver({ receive: (d) => { d.got = d.got + 1; } })),
      action('Lose', net.lose(budget('lost', k))),
    ];
  },
  invariants: {
    conserved: (s) => s.net.get(0) + s.got + s.lost === 3,
    atMostOneLoss: (s) => s.lost <= 1,
  },
});

/** One message in flight; the adversary may duplicate it up to `k` times. */
const duplicating = defineModel({
  name: 'duplicating-bag',
  params: { k: { default: 2 } },
  state: ({ k }) => ({
    net: bagNetwork('net', space, 3).type,
    got: t.int(0, 3),
    dups: budget('dups', k).type,
  }),
  init: () => ({ net: [1], got: 0, dups: 0 }),
  actions: ({ k }, action) => {
    const net = bagNetwork('net', space, 3);
    return [
      action('Deliver', net.deliver({ receive: (d) => { d.got = d.got + 1; } })),
      action('Duplicate', net.duplicate(budget('dups', k))),
    ];
  },
  invariants: { received: (s) => s.net.get(0) + s.got === 1 + s.dups },
});

describe('bag network', () => {
  it('with a loss budget of 1 reaches exactly the 7 splits of 3 copies into got and lost', () => {
    // (got, lost) with got + lost <= 3 and lost <= 1: 4 states with no loss, 3 with one.
    const r = run(lossy, { k: 1 });
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(7);
  });

  it('allows exactly k losses: with k = 2 the second loss is two steps away', () => {
    const r = run(lossy, { k: 2 }, { invariants: ['atMostOneLoss'] });
    expect(r.verdict).toMatchObject({ kind: 'violated', property: { name: 'atMostOneLoss' } });
    expect(traceLength(r)).toBe(2);
    // Without the failing invariant: 4 + 3 + 2 states (lost = 0, 1, 2).
    expect(run(lossy, { k: 2 }, { invariants: ['conserved'] }).stats.distinct).toBe(9);
  });

  it('with no loss budget never loses', () => {
    const r = run(lossy, { k: 0 });
    expect(r.stats.distinct).toBe(4);
    expect(r.coverage.find((c) => c.action === 'Lose')?.fired).toBe(0);
  });

  it('duplicates within its budget and capacity', () => {
    // copies + got = 1 + dups: 2 states with no copy made, 3 with one, 4 with two.
    const r = run(duplicating, { k: 2 });
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(9);
  });

  it('marks loss and duplication as adversary steps', () => {
    expect(kinds(lossy)).toEqual({ Deliver: 'protocol', Lose: 'fault' });
    expect(kinds(duplicating)).toEqual({ Deliver: 'protocol', Duplicate: 'fault' });
  });

  it('refuses a send beyond capacity and duplication in a set network', () => {
    const net = bagNetwork('net', space, 1);
    expect(() => net.duplicate(budget('d', 1))).toThrow(/cannot duplicate/);
    const d = { net: { get: () => 1, set: () => undefined } };
    expect(() => net.send(d, 0)).toThrow(/already holds 1 of message \{value=0\}/);
  });
});

describe('set network', () => {
  const two = messageSpace({ to: 2 });
  /** Two messages; receiving one does not consume it, so it can be received again. */
  const rereceive = defineModel({
    name: 'set-network',
    state: () => ({ net: setNetwork('net', two).type, got: t.array(2, t.int(0, 2)) }),
    init: () => ({ net: [0, 1], got: [0, 0] }),
    actions: (_p, action) => [
      action('Receive', setNetwork('net', two).deliver({
        consume: false,
        when: (s, m) => s.got.get(m.to) < 2,
        receive: (d, m) => d.got.set(m.to, d.got.get(m.to) + 1),
      })),
    ],
  });

  it('keeps messages in flight when delivery does not consume them', () => {
    // Both messages stay; each receiver's count is 0..2 independently.
    expect(run(rereceive).stats.distinct).toBe(9);
  });
});

describe('message space', () => {
  it('numbers every tuple once, first component slowest', () => {
    const s = messageSpace({ to: 3, round: 2, value: 2 });
    expect(s.size).toBe(12);
    expect(s.id({ to: 2, round: 1, value: 0 })).toBe(10);
    expect(s.all[10]).toEqual({ to: 2, round: 1, value: 0, id: 10 });
    expect(s.all.every((m, i) => m.id === i && s.id(m) === i)).toBe(true);
    expect(() => s.id({ to: 3, round: 0, value: 0 })).toThrow(/'to' = 3 is outside 0..2/);
    expect(s.strides).toEqual({ to: 4, round: 2, value: 1 });
  });
});
