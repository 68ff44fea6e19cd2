import { describe, expect, it } from 'vitest';
import model from '../../models/two-phase-commit.ts';
import { compileModel, explore } from '../../src/index.ts';

// TLC's published counts for Lamport's TwoPhase (distinct / generated, init included).
describe('two-phase commit matches TLC exactly', () => {
  it.each([
    [3, 288, 1_146],
    [7, 296_448, 2_744_706],
  ])('rm=%i: %i distinct, %i generated, TCConsistent holds', (rm, distinct, generated) => {
    const r = explore(compileModel(model, { rm }));
    expect(r.verdict).toEqual({ kind: 'holds' });
    expect(r.stats.distinct).toBe(distinct);
    expect(r.stats.generated).toBe(generated);
    expect(r.reachable.map((g) => [g.name, g.met]))
      .toEqual([['committed', true], ['aborted', true]]);
    expect(r.warnings).toEqual([]);
  });

  it('depth-first search reaches the same states', () => {
    const r = explore(compileModel(model, { rm: 3 }), { strategy: 'dfs' });
    expect(r.stats.distinct).toBe(288);
    expect(r.stats.generated).toBe(1_146);
  });

  it('counts how often each action fired', () => {
    const r = explore(compileModel(model, { rm: 3 }));
    const total = r.coverage.reduce((n, c) => n + c.fired, 0);
    expect(total).toBe(1_146 - 1);
    expect(r.coverage.every((c) => c.fired > 0)).toBe(true);
  });
});
