import { describe, expect, it } from 'vitest';
import { defineModel, t, type Draft, type State } from '../../src/index.ts';
import { crashStop, messageSpace, setNetwork } from '../../src/env/index.ts';
import { kinds, run } from './run.ts';

/** Nothing but crashes of `n` processes, at most `f`. */
const onlyCrashes = defineModel({
  name: 'only-crashes',
  params: { n: { default: 3 }, f: { default: 1 } },
  state: ({ n, f }) => ({ down: crashStop('down', n, f).type }),
  init: () => ({ down: [] }),
  actions: ({ n, f }, action) => [action('Crash', crashStop('down', n, f).step())],
});

const to = messageSpace({ to: 3 });

const crashes = crashStop('down', 3, 1);
const net = setNetwork('net', to);
const fields = () => ({ down: crashes.type, sent: t.bool(), net: net.type, got: t.set(3) });
type F = ReturnType<typeof fields>;

/** Process 0's broadcast to `receivers`; the normal step sends to both others. */
function send(d: Draft<F>, _p: number, receivers: readonly number[]): void {
  d.sent = true;
  for (const q of receivers) net.send(d, q);
}

function ready(s: State<F>, p: number): boolean {
  return p === 0 && !s.sent && crashes.isUp(s, p);
}

/**
 * Process 0 broadcasts one message to processes 1 and 2, and may crash
 * before, during or after the broadcast (only process 0 crashes).
 */
const broadcast = defineModel({
  name: 'broadcast-crash',
  state: fields,
  init: () => ({ down: [], sent: false, net: [], got: [] }),
  actions: (_p, action) => [
    action('Broadcast', { when: (s) => ready(s, 0), then: (d) => send(d, 0, [1, 2]) }),
    action('CrashMidBroadcast', crashes.duringBroadcast({
      when: ready, step: send, receivers: () => [1, 2],
    })),
    action('Crash', crashes.step({ when: (_s, p) => p === 0 })),
    action('Deliver', net.deliver({ receive: (d, m) => d.got.add(m.to) })),
  ],
  reachable: {
    reachedNone: (s) => s.sent && s.down.has(0) && s.net.size === 0 && s.got.size === 0,
    reachedOnly1: (s) => s.down.has(0) && s.net.size === 0 && s.got.toArray().join() === '1',
    reachedOnly2: (s) => s.down.has(0) && s.net.size === 0 && s.got.toArray().join() === '2',
    reachedBoth: (s) => s.down.has(0) && s.net.size === 0 && s.got.size === 2,
  },
});

describe('crash-stop', () => {
  it('crashes at most f processes: every set of at most f ids', () => {
    expect(run(onlyCrashes, { n: 3, f: 1 }).stats.distinct).toBe(1 + 3);
    expect(run(onlyCrashes, { n: 3, f: 2 }).stats.distinct).toBe(1 + 3 + 3);
    expect(run(onlyCrashes, { n: 4, f: 0 }).stats.distinct).toBe(1);
    expect(kinds(onlyCrashes)).toEqual({ Crash: 'fault' });
  });

  it('a crash mid-broadcast reaches every subset of the receivers', () => {
    // Not sent, up: 1. Crashed before sending: 1. Sent to both: each message
    // pending or received, up (4) or crashed afterwards (4). Crashed mid-way
    // reaching {}: 1; {1} or {2}: pending or received, 2 each.
    const r = run(broadcast);
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.reachable.map((g) => [g.name, g.met])).toEqual([
      ['reachedNone', true], ['reachedOnly1', true], ['reachedOnly2', true], ['reachedBoth', true],
    ]);
    expect(r.stats.distinct).toBe(15);
  });

  it('lists the partial broadcasts as proper subsets, labelled as faults', () => {
    const spec = crashStop('down', 3, 1).duringBroadcast({
      when: () => true, step: () => undefined, receivers: (p) => [0, 1, 2].filter((q) => q !== p),
    });
    const over = spec.over as readonly { p: number; to: readonly number[] }[];
    expect(over.filter((c) => c.p === 0).map((c) => c.to)).toEqual([[], [1], [2]]);
    expect(spec.kind).toBe('fault');
    expect(spec.label?.(over[1]!)).toBe('p0 crashes mid-broadcast, reaching {1}');
  });
});
