import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, explore } from '../../src/index.ts';
import { Expander } from '../../src/engine/expander.ts';
import type { CompiledModel } from '../../src/engine/compile.ts';
import type { TracePath } from '../../src/engine/result.ts';
import { distances, graphModel, type Graph } from './graph-model.ts';

const graphArb: fc.Arbitrary<Graph> = fc
  .integer({ min: 1, max: 40 })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      edges: fc.array(fc.array(fc.integer({ min: -1, max: nodes - 1 }), {
        minLength: nodes, maxLength: nodes,
      }), { minLength: 1, maxLength: 4 }),
      inits: fc.array(fc.integer({ min: 0, max: nodes - 1 }), { minLength: 1, maxLength: 3 }),
    }),
  );

/** Replays `path` through the expander and returns the value of `v` at each state. */
function replayValues(cm: CompiledModel, path: TracePath): number[] {
  const ex = new Expander(cm);
  let cur: Uint32Array = cm.inits[path.init]!.slice();
  const values = [cm.codec.decode(cur).v as number];
  for (const step of path.steps) {
    let picked: Uint32Array | undefined = undefined as Uint32Array | undefined;
    ex.expand(cur, { accept: (next, _a, k) => { if (k === step) picked = next.slice(); } });
    if (!picked) throw new Error(`step ${step} does not exist`);
    cur = picked;
    values.push(cm.codec.decode(cur).v as number);
  }
  return values;
}

describe('explorer properties on random graphs', () => {
  it('finds exactly the reachable nodes, with BFS and DFS alike', () => {
    fc.assert(fc.property(graphArb, (g) => {
      const reachable = distances(g).filter((d) => d >= 0).length;
      const cm = compileModel(graphModel(g));
      const bfs = explore(cm, { strategy: 'bfs' });
      const dfs = explore(cm, { strategy: 'dfs' });
      expect(bfs.verdict.kind).toBe('holds');
      expect(bfs.stats.distinct).toBe(reachable);
      expect(dfs.stats.distinct).toBe(reachable);
      expect(dfs.stats.generated).toBe(bfs.stats.generated);
    }), { numRuns: 150 });
  });

  it('gives shortest counterexamples under BFS, and every trace replays to the bad state', () => {
    fc.assert(fc.property(graphArb, fc.nat(), (g, pick) => {
      const dist = distances(g);
      const reachable = dist.map((d, i) => (d >= 0 ? i : -1)).filter((i) => i >= 0);
      const bad = reachable[pick % reachable.length]!;
      const cm = compileModel(graphModel(g, bad));
      for (const strategy of ['bfs', 'dfs'] as const) {
        const r = explore(cm, { strategy });
        expect(r.verdict.kind).toBe('violated');
        if (r.verdict.kind !== 'violated') return;
        const path = r.verdict.path!;
        if (strategy === 'bfs') expect(path.steps.length).toBe(dist[bad]);
        else expect(path.steps.length).toBeGreaterThanOrEqual(dist[bad]!);
        const values = replayValues(cm, path);
        expect(values.at(-1)).toBe(bad);
        expect(values.slice(0, -1)).not.toContain(bad);
      }
    }), { numRuns: 150 });
  });

  it('reports a depth bound that cut the search as incomplete, never as holds', () => {
    fc.assert(fc.property(graphArb, fc.integer({ min: 0, max: 5 }), (g, maxDepth) => {
      const dist = distances(g);
      const deepest = Math.max(...dist);
      const r = explore(compileModel(graphModel(g)), { maxDepth });
      if (deepest > maxDepth) {
        expect(r.verdict).toEqual({ kind: 'incomplete', bound: 'max-depth', limit: maxDepth });
        expect(r.stats.distinct).toBe(dist.filter((d) => d >= 0 && d <= maxDepth).length);
      } else {
        expect(r.verdict.kind).toBe('holds');
      }
    }), { numRuns: 150 });
  });

  it('reports a state bound that cut the search as incomplete', () => {
    fc.assert(fc.property(graphArb, fc.integer({ min: 1, max: 40 }), (g, maxStates) => {
      const reachable = distances(g).filter((d) => d >= 0).length;
      const r = explore(compileModel(graphModel(g)), { maxStates });
      if (reachable > maxStates) {
        expect(r.verdict).toEqual({ kind: 'incomplete', bound: 'max-states', limit: maxStates });
        expect(r.stats.distinct).toBe(maxStates);
      } else {
        expect(r.verdict.kind).toBe('holds');
        expect(r.stats.distinct).toBe(reachable);
      }
    }), { numRuns: 150 });
  });
});

describe('depth-first search under a depth bound', () => {
  it('still explores every branch within the bound and finds violations there', () => {
    const depthArb = fc.integer({ min: 1, max: 4 });
    fc.assert(fc.property(graphArb, depthArb, fc.nat(), (g, maxDepth, pick) => {
      const dist = distances(g);
      const near = dist.map((d, i) => (d >= 0 && d <= maxDepth ? i : -1)).filter((i) => i >= 0);
      const bad = near[pick % near.length]!;
      const r = explore(compileModel(graphModel(g, bad)), { strategy: 'dfs', maxDepth });
      expect(r.verdict.kind).toBe('violated');
      const all = explore(compileModel(graphModel(g)), { strategy: 'dfs', maxDepth });
      expect(all.stats.distinct).toBe(near.length);
    }), { numRuns: 200 });
  });
});
