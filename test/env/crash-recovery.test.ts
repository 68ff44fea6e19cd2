import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { crashRecovery, resetFields } from '../../src/env/index.ts';
import { kinds, run, traceLength } from './run.ts';

const cr = crashRecovery('life', 1, 1);

/**
 * One process counts in volatile memory and may persist the count to disk;
 * it may crash once and recover, which forgets memory but not disk.
 */
const counter = defineModel({
  name: 'crash-recovery-counter',
  state: () => ({
    life: cr.type,
    proc: t.array(1, t.record({ disk: t.int(0, 2), mem: t.int(0, 2) })),
  }),
  init: () => ({ life: cr.init, proc: [{ disk: 0, mem: 0 }] }),
  actions: (_p, action) => [
    action('Work', {
      when: (s) => cr.isUp(s, 0) && s.proc.get(0).mem < 2,
      then: (d) => { d.proc.get(0).mem = d.proc.get(0).mem + 1; },
    }),
    action('Persist', {
      when: (s) => cr.isUp(s, 0),
      then: (d) => { d.proc.get(0).disk = d.proc.get(0).mem; },
    }),
    action('Crash', cr.crash()),
    action('Recover', cr.recover({ then: (d, p) => resetFields(d.proc.get(p), { mem: 0 }) })),
  ],
  invariants: {
    /** Holds until a recovery forgets memory that was persisted. */
    memoryCoversDisk: (s) => s.proc.get(0).mem >= s.proc.get(0).disk,
    /** Always holds: the counts stay in range. */
    inRange: (s) => s.proc.get(0).mem <= 2,
  },
});

describe('crash-recovery', () => {
  it('keeps durable state and resets volatile state on recovery', () => {
    // Before the crash disk <= mem: 6 states; crashed with them: 6; after
    // recovery from any disk value, every (disk, mem) pair: 9.
    const r = run(counter, {}, { invariants: ['inRange'] });
    expect(r.stats.distinct).toBe(21);
    expect(kinds(counter)).toMatchObject({ Crash: 'fault', Recover: 'fault' });
  });

  it('finds memory behind disk after Work, Persist, Crash, Recover', () => {
    const r = run(counter);
    expect(r.verdict).toMatchObject({ kind: 'violated', property: { name: 'memoryCoversDisk' } });
    expect(traceLength(r)).toBe(4);
  });

  it('resets sets, arrays and nested records, and names a missing field', () => {
    const set = new Set<number>([4]);
    const arr = [7, 7];
    const view = {
      flag: true,
      ids: { universe: 8, clear: () => set.clear(), add: (i: number) => set.add(i) },
      xs: { length: 2, get: (i: number) => arr[i], set: (i: number, v: number) => { arr[i] = v; } },
    };
    resetFields(view, { flag: false, ids: [1, 2], xs: [0, 0] });
    expect([view.flag, [...set], arr]).toEqual([false, [1, 2], [0, 0]]);
    expect(() => resetFields(view, { nope: 1 })).toThrow(/no field 'nope'/);
  });
});
