import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { bagNetwork, canRead, messageSpace, readings } from '../../src/env/index.ts';
import { run } from './run.ts';

const values = messageSpace({ value: 2 });

/** Inputs 0, 1, 1 are in flight to one receiver, which acts after two deliveries. */
const delivered = defineModel({
  name: 'explicit-delivery',
  state: () => ({
    net: bagNetwork('net', values, 2).type,
    got: t.array(2, t.int(0, 2)),
    acted: t.bool(),
  }),
  init: () => ({ net: [1, 2], got: [0, 0], acted: false }),
  actions: (_p, action) => [
    action('Deliver', bagNetwork('net', values, 2).deliver({
      when: (s) => s.got.get(0) + s.got.get(1) < 2,
      receive: (d, m) => d.got.set(m.value, d.got.get(m.value) + 1),
    })),
    action('Act', {
      when: (s) => !s.acted && s.got.get(0) + s.got.get(1) === 2,
      then: (d) => { d.acted = true; },
    }),
  ],
  reachable: outcomes(),
});

/** The same, as one step that reads two of the messages sent. */
const read = defineModel({
  name: 'quorum-read',
  state: () => ({
    sent: bagNetwork('sent', values, 2).type,
    got: t.array(2, t.int(0, 2)),
    acted: t.bool(),
  }),
  init: () => ({ sent: [1, 2], got: [0, 0], acted: false }),
  actions: (_p, action) => {
    const sent = bagNetwork('sent', values, 2);
    const available = (s: Parameters<typeof sent.count>[0], _of: number, v: number) =>
      sent.count(s, v);
    return [
      action('Act', {
        over: readings([0], 2, 2),
        when: (s, r) => !s.acted && canRead(s, r, available),
        then: (d, r) => {
          d.got.set(0, r.counts[0]!);
          d.got.set(1, r.counts[1]!);
          d.acted = true;
        },
      }),
    ];
  },
  reachable: outcomes(),
});

function outcomes() {
  const acted = (a: number, b: number) =>
    (s: { acted: boolean; got: { get(i: number): number } }) =>
      s.acted && s.got.get(0) === a && s.got.get(1) === b;
  return { zeroOnes: acted(0, 2), oneEach: acted(1, 1), twoZeros: acted(2, 0) };
}

describe('quorum reads', () => {
  it('lists every count vector of a quorum, for each reader', () => {
    expect(readings(['a'], 2, 3).map((r) => r.counts)).toEqual([[3, 0], [2, 1], [1, 2], [0, 3]]);
    expect(readings([0, 1], 3, 2)).toHaveLength(2 * 6);
    expect(readings([0], 2, 1, 2).map((r) => r.total)).toEqual([1, 1, 2, 2, 2]);
    expect(() => readings([0], 2, 3, 1)).toThrow(/0 <= min <= max/);
  });

  it('allows a reading only within what was sent', () => {
    const sent = [1, 2];
    const avail = (s: number[], _of: string, v: number) => s[v]!;
    const [r30, r21, r12, r03] = readings(['a'], 2, 3);
    expect([r30, r21, r12, r03].map((r) => canRead(sent, r!, avail)))
      .toEqual([false, false, true, false]);
  });

  it('reaches exactly the outcomes of delivering one message at a time', () => {
    const explicit = run(delivered);
    const quorum = run(read);
    const met = (r: typeof explicit) => r.reachable.map((g) => [g.name, g.met]);
    expect(met(explicit)).toEqual([['zeroOnes', true], ['oneEach', true], ['twoZeros', false]]);
    expect(met(quorum)).toEqual(met(explicit));
    // Explicit: 5 states before acting (what has arrived: nothing, one 0, one 1,
    // both values, two 1s) and 2 after; the quorum read: the start and 2 outcomes.
    expect([explicit.stats.distinct, quorum.stats.distinct]).toEqual([7, 3]);
  });
});
