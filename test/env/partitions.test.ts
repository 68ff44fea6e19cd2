import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { linkPartition, messageSpace, setNetwork, splitPartition } from '../../src/env/index.ts';
import { kinds, run } from './run.ts';

const one = messageSpace({ msg: 1 });
const net = setNetwork('net', one);

/** One message from process 0 to 1 among 3 processes, under at most one split. */
const split = defineModel({
  name: 'split-partition',
  params: { guarded: { default: 1, max: 1 } },
  state: () => ({ net: net.type, got: t.bool(), part: splitPartition('part', 3, 1).type }),
  init: () => ({ net: [0], got: false, part: splitPartition('part', 3, 1).init }),
  actions: ({ guarded }, action) => {
    const part = splitPartition('part', 3, 1);
    return [
      action('Deliver', net.deliver({
        when: (s) => guarded === 0 || !part.blocks(s, 0, 1),
        receive: (d) => { d.got = true; },
      })),
      action('Split', part.split()),
      action('Heal', part.heal()),
    ];
  },
  stepProperties: {
    /** No delivery while the sides of 0 and 1 differ. */
    noDeliveryAcross: (before, after, step) => step.action !== 'Deliver'
      || !(before.part.on && before.part.side.has(0) !== before.part.side.has(1)),
  },
});

/** The same message under at most one cut of a directed link between 2 processes. */
const links = defineModel({
  name: 'link-partition',
  state: () => ({ net: net.type, got: t.bool(), cut: linkPartition('cut', 2, 1).type }),
  init: () => ({ net: [0], got: false, cut: linkPartition('cut', 2, 1).init }),
  actions: (_p, action) => {
    const cut = linkPartition('cut', 2, 1);
    return [
      action('Deliver', net.deliver({
        when: (s) => !cut.blocks(s, 0, 1),
        receive: (d) => { d.got = true; },
      })),
      action('Cut', cut.cut()),
      action('Restore', cut.restore()),
    ];
  },
  reachable: {
    /** The message is still in flight while its link is cut. */
    heldBack: (s) => !s.got && s.cut.cut.has(0 * 2 + 1),
  },
});

describe('partitions', () => {
  it('a split blocks delivery across it until it heals', () => {
    // Before any split: pending or received (2). Split with side {0}, {0,1}
    // or {0,2}, message pending or received (6). Healed: 2.
    const r = run(split);
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(10);
    expect(kinds(split)).toEqual({ Deliver: 'protocol', Split: 'fault', Heal: 'fault' });
  });

  it('the step property catches a delivery that ignores the partition', () => {
    const r = run(split, { guarded: 0 });
    expect(r.verdict).toMatchObject({ kind: 'violated', property: { name: 'noDeliveryAcross' } });
  });

  it('cuts and restores single links within the budget', () => {
    // No cut: pending or received (2). Cut 0->1 or 1->0: 2 each, except that
    // a message cannot be received while 0->1 is cut unless it was before (4).
    // Restored after the one cut: 2.
    const r = run(links);
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.reachable[0]).toMatchObject({ name: 'heldBack', met: true });
    expect(r.stats.distinct).toBe(8);
  });
});
