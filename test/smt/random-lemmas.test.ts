/**
 * Property: for randomly generated threshold functions and resilience
 * conditions, the prover's verdict agrees with brute force, and a refuted
 * lemma's counterexample is the lexicographically smallest one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { isArithmeticDeclaration } from '../../src/model/arithmetic.ts';
import { proveFile, shutdownProver } from '../../src/smt/index.ts';
import { bruteForce } from './brute-force.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-smt-random-'));
const api = resolve('src/model/arithmetic.ts');

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await shutdownProver();
});

interface Shape {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly k: number;
  readonly slack: number;
}

function source({ a, b, c, d, k, slack }: Shape): string {
  return [
    `import { defineArithmetic } from '${api}';`,
    'export function threshold(n: number, f: number): number {',
    `  return Math.floor((${a} * n + ${b} * f) / ${d}) + ${c};`,
    '}',
    'export const arithmetic = defineArithmetic({',
    "  name: 'random', sizes: { n: { min: 1 }, f: { min: 0 } },",
    `  assume: (n, f) => n > ${k} * f,`,
    '  lemmas: {',
    `    fits: { doc: '', claim: (n, f) => threshold(n, f) <= n - f + ${slack} },`,
    '  },',
    '});',
  ].join('\n');
}

const shapes = fc.record({
  a: fc.integer({ min: 0, max: 3 }),
  b: fc.integer({ min: -2, max: 3 }),
  c: fc.integer({ min: -2, max: 3 }),
  d: fc.integer({ min: 1, max: 4 }),
  k: fc.integer({ min: 1, max: 5 }),
  slack: fc.integer({ min: -3, max: 3 }),
});

it('agrees with brute force and finds the smallest counterexample', async () => {
  let file = 0;
  await fc.assert(fc.asyncProperty(shapes, async (shape) => {
    const path = join(scratch, `random-${file++}.ts`);
    writeFileSync(path, source(shape));
    const report = await proveFile(path);
    expect(report.errors).toEqual([]);
    const module: { arithmetic: unknown } = await import(/* @vite-ignore */ path);
    if (!isArithmeticDeclaration(module.arithmetic)) throw new Error('no declaration');
    const [lemma] = report.lemmas;
    if (lemma === undefined) throw new Error('no lemma');

    const v = lemma.verdict;
    expect(v.kind).not.toBe('unknown');
    const found = v.kind === 'refuted' ? v.counterexample : {};
    // Enumerate far enough to reach the prover's counterexample, if it has one.
    const bound = Math.min(200, Math.max(12, found['n'] ?? 0, found['f'] ?? 0));
    const brute = bruteForce(module.arithmetic, lemma, bound);
    expect(v.kind === 'refuted' ? v.counterexample : undefined).toEqual(brute.counterexample);
  }), { numRuns: 12 });
});
