import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { bagNetwork, budget, fifoNetwork, messageSpace } from '../../src/env/index.ts';
import { kinds, run, traceLength } from './run.ts';

const seq = messageSpace({ seq: 3 });

/**
 * Process 0 sends 0, 1, 2 in order to process 1, which logs what it receives.
 * `loss` and `dup` are the fault budgets.
 */
const stream = defineModel({
  name: 'fifo-stream',
  params: { loss: { default: 0 }, dup: { default: 0 } },
  state: ({ loss, dup }) => ({
    chan: fifoNetwork('chan', seq, 2, 3).type,
    next: t.int(0, 3),
    got: t.int(0, 5),
    log: t.array(5, t.int(0, 2)),
    lost: budget('lost', loss).type,
    dups: budget('dups', dup).type,
  }),
  init: () => ({
    chan: fifoNetwork('chan', seq, 2, 3).init, next: 0, got: 0, log: [0, 0, 0, 0, 0],
    lost: 0, dups: 0,
  }),
  actions: ({ loss, dup }, action) => {
    const chan = fifoNetwork('chan', seq, 2, 3);
    return [
      action('Send', {
        when: (s) => s.next < 3 && chan.canSend(s, chan.channel(0, 1).id),
        then: (d) => {
          chan.send(d, 0, 1, d.next);
          d.next = d.next + 1;
        },
      }),
      action('Deliver', chan.deliver({
        receive: (d, _ch, m) => {
          d.log.set(d.got, m.seq);
          d.got = d.got + 1;
        },
      })),
      action('Lose', chan.lose(budget('lost', loss))),
      action('Duplicate', chan.duplicate(budget('dups', dup))),
    ];
  },
  invariants: {
    /** What was received is in sending order (repeats allowed). */
    inOrder: (s) => s.log.every((v, i) => i === 0 || i >= s.got || s.log.get(i - 1) <= v),
  },
});

describe('FIFO network', () => {
  it('delivers in sending order: one state per (sent, received) pair', () => {
    // With 0 <= got <= next <= 3 the whole state is fixed by the pair: 1 + 2 + 3 + 4.
    const r = run(stream);
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(10);
  });

  it('loses only the head, keeping the order of the rest', () => {
    // No loss: 10 states. One loss of message j with j < h <= next, where h is
    // the first message not yet taken off the channel: sum over h of h * (4 - h) = 10.
    const r = run(stream, { loss: 1 });
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(20);
  });

  it('duplicates the head so the receiver sees it twice in a row, still in order', () => {
    // No copy: 10 states. One copy of message j, made while j was the head and
    // the channel had room: the state is (next, j, got) with j < next, got in
    // j..next+1 and at most 3 in the channel; j = 0, 1, 2 give 11, 7, 3.
    const r = run(stream, { dup: 1 });
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(31);
    expect(kinds(stream)).toMatchObject({ Deliver: 'protocol', Lose: 'fault', Duplicate: 'fault' });
  });

  it('shows the queue head first and refuses a send to a full channel', () => {
    const chan = fifoNetwork('chan', seq, 2, 2);
    const len = [0, 0];
    const items = [0, 0, 0, 0];
    const arr = (a: number[]) => ({
      length: a.length, get: (i: number) => a[i]!, set: (i: number, v: number) => { a[i] = v; },
    });
    const q = { chan: { len: arr(len), items: arr(items) } } as never;
    chan.send(q, 1, 0, 2);
    chan.send(q, 1, 0, 1);
    expect(chan.queue(q, chan.channel(1, 0).id)).toEqual([2, 1]);
    expect(chan.head(q, chan.channel(0, 1).id)).toBe(-1);
    expect(() => chan.send(q, 1, 0, 0)).toThrow(/is full \(capacity 2\)/);
    expect(() => chan.channel(1, 1)).toThrow(/no channel 1->1/);
  });
});

describe('an unordered network for contrast', () => {
  /** The same stream over a bag: the receiver can see 1 before 0. */
  const unordered = defineModel({
    name: 'bag-stream',
    state: () => ({
      net: bagNetwork('net', seq, 1).type, next: t.int(0, 3), got: t.int(0, 3),
      log: t.array(3, t.int(0, 2)),
    }),
    init: () => ({ net: bagNetwork('net', seq, 1).init, next: 0, got: 0, log: [0, 0, 0] }),
    actions: (_p, action) => {
      const net = bagNetwork('net', seq, 1);
      return [
        action('Send', {
          when: (s) => s.next < 3,
          then: (d) => { net.send(d, d.next); d.next = d.next + 1; },
        }),
        action('Deliver', net.deliver({
          receive: (d, m) => { d.log.set(d.got, m.seq); d.got = d.got + 1; },
        })),
      ];
    },
    invariants: {
      inOrder: (s) => s.log.every((v, i) => i === 0 || i >= s.got || s.log.get(i - 1) <= v),
    },
  });

  it('reorders: the order invariant fails after send, send, deliver 1, deliver 0', () => {
    const r = run(unordered);
    expect(r.verdict).toMatchObject({ kind: 'violated', property: { name: 'inOrder' } });
    expect(traceLength(r)).toBe(4);
  });
});
