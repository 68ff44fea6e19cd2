import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import benOr from '../../models/ben-or.ts';
import model from '../../models/two-phase-commit.ts';
import { compileModel, defineModel, explore, range, t, type PlainState } from '../../src/index.ts';
import { Expander } from '../../src/engine/expander.ts';
import type { CompiledModel } from '../../src/engine/compile.ts';
import type { TracePath } from '../../src/engine/result.ts';

/** Every reachable state of `cm`, decoded, by a plain search that knows nothing of symmetry. */
function reachable(cm: CompiledModel): Record<string, unknown>[] {
  const ex = new Expander(cm);
  const seen = new Map<string, Uint32Array>();
  const todo = cm.inits.map((s) => s.slice());
  for (const s of todo) seen.set(s.join(), s);
  while (todo.length > 0) {
    ex.expand(todo.pop()!, {
      accept: (next) => {
        const key = next.join();
        if (!seen.has(key)) {
          seen.set(key, next.slice());
          todo.push(next.slice());
        }
      },
    });
  }
  return [...seen.values()].map((w) => cm.codec.decode(w));
}

/** A value at a dotted path of a plain state. */
function at(s: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], s);
}

/**
 * One key per orbit, computed on plain data with no help from the engine: each
 * process's share (its array elements, its set memberships) sorted, and the
 * rest of the state with those fields blanked.
 */
function orbitKey(s: Record<string, unknown>, n: number, arrays: string[], sets: string[]): string {
  const shares = range(n).map((p) => JSON.stringify([
    ...arrays.map((f) => (at(s, f) as unknown[])[p]),
    ...sets.map((f) => (at(s, f) as number[]).includes(p)),
  ])).sort();
  const rest = JSON.stringify(s, (k, v: unknown) =>
    ([...arrays, ...sets].some((f) => f.split('.').at(-1) === k) ? null : v));
  return JSON.stringify([shares, rest]);
}

describe('symmetry reduction', () => {
  it.each([[3, 80], [5, 314]])('explores one state per renaming of the RMs (rm=%i: %i)',
    (rm, orbits) => {
      const plain = compileModel(model, { rm });
      const keys = reachable(plain).map((s) =>
        orbitKey(s, rm, ['rmState'], ['tmPrepared', 'msgs.prepared']));
      expect(new Set(keys).size).toBe(orbits);
      const r = explore(compileModel(model, { rm, symmetry: 1 }));
      expect(r.verdict).toEqual({ kind: 'holds' });
      expect(r.stats.distinct).toBe(orbits);
      expect(r.reachable.every((g) => g.met)).toBe(true);
    });

  it.each([[3, 6_752]])('explores one Ben-Or state per renaming (n=%i: %i)',
    (n, orbits) => {
      const plain = compileModel(benOr, { n, f: 1 });
      const keys = reachable(plain).map((s) => orbitKey(s, n, ['proc'], ['down']));
      expect(new Set(keys).size).toBe(orbits);
      const r = explore(compileModel(benOr, { n, f: 1, symmetry: 1 }));
      expect(r.verdict).toEqual({ kind: 'holds' });
      expect(r.stats.distinct).toBe(orbits);
    });

  it('pins two-phase commit with symmetry at rm=8', () => {
    const r = explore(compileModel(model, { rm: 8, symmetry: 1 }));
    expect([r.stats.distinct, r.stats.generated]).toEqual([1_461, 15_287]);
  });
});

/** n processes each stepping through a shared table: symmetric by construction. */
function tokens(table: readonly number[][], n: number, bad: number, withSymmetry: boolean) {
  const k = table[0]!.length;
  return defineModel({
    name: 'tokens',
    state: () => ({ at: t.array(n, t.int(0, k - 1)), done: t.set(n) }),
    init: () => ({ at: range(n).map(() => 0), done: [] }),
    actions: (_p, action) => table.map((row, a) => action(`step${a}`, {
      over: range(n),
      when: (s, p) => row[s.at.get(p)]! >= 0 && !s.done.has(p),
      then: (s, p) => {
        s.at.set(p, row[s.at.get(p)]!);
        if (s.at.get(p) === k - 1) s.done.add(p);
      },
    })),
    // Symmetric: counts processes, never names one.
    invariants: { fewAtBad: (s) => s.at.count((x) => x === bad) < 2 },
    terminal: () => true,
    symmetry: () => (withSymmetry ? { processes: n, arrays: ['at'], sets: ['done'] } : undefined),
  });
}

function finalState(cm: CompiledModel, path: TracePath): PlainState<{ at: never }> {
  const ex = new Expander(cm);
  let cur: Uint32Array = cm.inits[path.init]!.slice();
  for (const step of path.steps) {
    let picked: Uint32Array | undefined = undefined as Uint32Array | undefined;
    ex.expand(cur, { accept: (next, _a, j) => { if (j === step) picked = next.slice(); } });
    cur = picked!;
  }
  return cm.codec.decode(cur) as PlainState<{ at: never }>;
}

describe('symmetry keeps verdicts', () => {
  const tableArb = fc.integer({ min: 2, max: 5 }).chain((k) => fc.array(
    fc.array(fc.integer({ min: -1, max: k - 1 }), { minLength: k, maxLength: k }),
    { minLength: 1, maxLength: 3 }));

  it('same verdict and shortest trace length, fewer states, and a trace that replays', () => {
    fc.assert(fc.property(tableArb, fc.integer({ min: 2, max: 4 }), fc.nat(4), (table, n, b) => {
      const bad = b % table[0]!.length;
      const full = explore(compileModel(tokens(table, n, bad, false)));
      const sym = compileModel(tokens(table, n, bad, true));
      const reduced = explore(sym);
      expect(reduced.verdict.kind).toBe(full.verdict.kind);
      expect(reduced.stats.distinct).toBeLessThanOrEqual(full.stats.distinct);
      if (full.verdict.kind !== 'violated' || reduced.verdict.kind !== 'violated') return;
      expect(reduced.verdict.path!.steps.length).toBe(full.verdict.path!.steps.length);
      const last = finalState(sym, reduced.verdict.path!) as unknown as { at: number[] };
      expect(last.at.filter((x) => x === bad).length).toBeGreaterThanOrEqual(2);
    }), { numRuns: 150 });
  });

  it('rejects a symmetry field that does not exist or has the wrong size', () => {
    const m = defineModel({
      name: 'wrong', state: () => ({ at: t.array(3, t.bool()) }),
      init: () => ({ at: [false, false, false] }), actions: () => [],
      symmetry: () => ({ processes: 2, arrays: ['at'] }),
    });
    expect(() => compileModel(m)).toThrow("model 'wrong': symmetry array 'at' has length 3, not 2");
  });
});
