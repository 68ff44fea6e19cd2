/**
 * Every lemma of the shipped thresholds files: the prover's verdict must agree
 * with brute-force enumeration over all small sizes (every n <= 12), which
 * calls the TypeScript functions themselves, not the translated terms. A
 * refuted lemma's counterexample must be exactly the first one enumeration
 * finds, which is the smallest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArithmeticDeclaration } from '../../src/model/arithmetic.ts';
import type { ArithmeticDeclaration } from '../../src/model/arithmetic.ts';
import {
  type LemmaReport, type ProveReport, proveExitCode, proveFile, shutdownProver,
} from '../../src/smt/index.ts';
import { bruteForce } from './brute-force.ts';

/** Per file: the module, and narrower bounds where the full enumeration is large. */
const files = {
  'ben-or': { load: () => import('../../models/thresholds/ben-or.ts'), bounds: {} },
  'ben-or-byzantine': {
    load: () => import('../../models/thresholds/ben-or-byzantine.ts'), bounds: {},
  },
  'ben-or-document': {
    load: () => import('../../models/thresholds/ben-or-document.ts'), bounds: {},
  },
  quorum: { load: () => import('../../models/thresholds/quorum.ts'), bounds: {} },
  retry: { load: () => import('../../models/thresholds/retry.ts'), bounds: { base: 10, cap: 10 } },
} as const;

const bound = 12;

afterAll(async () => {
  await shutdownProver();
});

for (const [name, { load, bounds }] of Object.entries(files)) {
  describe(`models/thresholds/${name}.ts`, () => {
    let report: ProveReport;
    let declaration: ArithmeticDeclaration;

    beforeAll(async () => {
      report = await proveFile(`models/thresholds/${name}.ts`);
      const module: { arithmetic: unknown } = await load();
      if (!isArithmeticDeclaration(module.arithmetic)) throw new Error('no declaration');
      declaration = module.arithmetic;
    });

    it('proves or refutes every lemma as declared, with no errors', () => {
      expect(report.errors).toEqual([]);
      expect(report.lemmas.map((l) => l.name)).toEqual(Object.keys(declaration.lemmas));
      expect(report.lemmas.filter((l) => !l.asExpected).map((l) => l.name)).toEqual([]);
      expect(proveExitCode(report)).toBe(0);
    });

    it('agrees with brute force over all small sizes, lemma by lemma', () => {
      for (const lemma of report.lemmas) {
        const brute = bruteForce(declaration, lemma, bound, bounds);
        expect(brute.tried, lemma.name).toBeGreaterThan(0);
        expect(describeVerdict(lemma), lemma.name).toEqual(
          brute.counterexample === undefined
            ? { kind: 'proved' }
            : { kind: 'refuted', counterexample: brute.counterexample, minimal: true },
        );
      }
    });
  });
}

function describeVerdict(lemma: LemmaReport): object {
  const v = lemma.verdict;
  return v.kind === 'refuted'
    ? { kind: v.kind, counterexample: v.counterexample, minimal: v.minimal }
    : v;
}
