import { describe, expect, it } from 'vitest';
import { defineModel, t } from '../../src/index.ts';
import { coinFlip, randomChoice } from '../../src/env/index.ts';
import { run } from './run.ts';

/** Two processes each flip a fair coin once. */
const flips = defineModel({
  name: 'two-coins',
  state: () => ({ coin: t.array(2, t.enum('unflipped', 'heads', 'tails')) }),
  init: () => ({ coin: ['unflipped', 'unflipped'] as const }),
  actions: (_p, action) => [
    action('Flip', coinFlip({
      over: [0, 1],
      when: (s, p) => s.coin.get(p) === 'unflipped',
      then: (d, p, side) => d.coin.set(p, side === 1 ? 'heads' : 'tails'),
      label: (p, side) => `p${p} flips ${side}`,
    })),
  ],
});

describe('coins', () => {
  it('enumerates both sides of every flip', () => {
    // Each coin is unflipped, heads or tails: 3 * 3.
    expect(run(flips).stats.distinct).toBe(9);
  });

  it('gives every side probability 1/2 and labels the draw', () => {
    const spec = coinFlip<never, number>({ over: [7], then: () => undefined,
      label: (p, v) => `p${p} flips ${v}` });
    const over = spec.over as readonly { of: number; value: 0 | 1; chance: number }[];
    expect(over.map((c) => [c.of, c.value, spec.chance?.(c)])).toEqual([[7, 0, 0.5], [7, 1, 0.5]]);
    expect(spec.label?.(over[1]!)).toBe('p7 flips 1');
    expect(spec.kind).toBe('protocol');
  });

  it('accepts weighted outcomes that add up to 1 and refuses others', () => {
    const spec = randomChoice([{ value: 'a', chance: 0.25 }, { value: 'b', chance: 0.75 }],
      { over: [0], then: () => undefined });
    const over = spec.over as readonly { of: number; value: string; chance: number }[];
    expect(over.map((c) => spec.chance?.(c))).toEqual([0.25, 0.75]);
    expect(() => randomChoice([{ value: 1, chance: 0.5 }], { over: [0], then: () => undefined }))
      .toThrow(/adding up to 1, got 0.5/);
  });
});
