/**
 * faultline's own verification plan, run by `npm run verify` and by the CI
 * gate test: every shipped model at the sizes its tests pin, with the
 * verdict and distinct-state count each must have, a deliberately broken
 * model whose violation must keep being found, and every proof file.
 * Paths are relative to this file.
 */
import { definePlan } from '../src/index.ts';

export default definePlan({
  name: 'faultline',
  checks: [
    // Two-phase commit, pinned to TLC's published counts.
    { model: '../models/two-phase-commit.ts', params: { rm: 3 }, expect: 'holds', distinct: 288 },
    {
      model: '../models/two-phase-commit.ts', params: { rm: 7 }, expect: 'holds',
      distinct: 296_448,
    },
    // A bound that cuts the search must be reported as such, never as "holds".
    {
      name: 'two-phase-commit rm=7 bounded', model: '../models/two-phase-commit.ts',
      params: { rm: 7 }, maxStates: 10_000, expect: { incomplete: 'max-states' },
    },
    // Broken on purpose: the TM commits on the first Prepared.
    {
      model: './models/hasty-commit.ts', params: { rm: 2 },
      expect: { violated: 'TCConsistent', traceLength: 5 },
    },
    {
      name: 'two-phase-commit rm=8 symmetric', model: '../models/two-phase-commit.ts',
      params: { rm: 8, symmetry: 1 }, expect: 'holds', distinct: 1_461,
    },
    {
      name: 'hasty-commit rm=3 symmetric', model: './models/hasty-commit.ts',
      params: { rm: 3, symmetry: 1 }, expect: { violated: 'TCConsistent', traceLength: 5 },
    },

    // Ben-Or, textbook version: Agreement, Validity and Integrity hold.
    {
      model: '../models/ben-or.ts', params: { n: 3, f: 1, rounds: 2 }, expect: 'holds',
      distinct: 36_922,
    },
    {
      model: '../models/ben-or.ts', params: { n: 4, f: 1, rounds: 2 }, expect: 'holds',
      distinct: 422_598,
    },
    {
      name: 'ben-or n=5 f=2 symmetric', model: '../models/ben-or.ts',
      params: { n: 5, f: 2, rounds: 2, symmetry: 1 }, expect: 'holds', distinct: 854_844,
    },

    // Ben-Or as the source document writes it: safe at n=3 and n=4 (if stuck states are
    // allowed), but it deadlocks, and breaks Validity at n=5 and Agreement at n=6.
    {
      model: '../models/ben-or-document.ts', params: { n: 3, rounds: 2 }, deadlock: false,
      expect: 'holds', distinct: 384,
    },
    {
      model: '../models/ben-or-document.ts', params: { n: 4, rounds: 2 }, deadlock: false,
      expect: 'holds', distinct: 16_158,
    },
    {
      name: 'ben-or-document n=3 deadlock after a crash', model: '../models/ben-or-document.ts',
      params: { n: 3, rounds: 2 }, expect: { violated: 'deadlock', traceLength: 3 },
      distinct: 238,
    },
    {
      name: 'ben-or-document n=5 deadlock without crashes',
      model: '../models/ben-or-document.ts', params: { n: 5, rounds: 2, crashes: 0 },
      expect: { violated: 'deadlock', traceLength: 10 }, distinct: 155_200,
    },
    {
      name: 'ben-or-document n=5 Validity', model: '../models/ben-or-document.ts',
      params: { n: 5, rounds: 2, inputs: 0 }, deadlock: false,
      expect: { violated: 'Validity', traceLength: 16 }, distinct: 112_719,
    },
    {
      name: 'ben-or-document n=6 Agreement', model: '../models/ben-or-document.ts',
      params: { n: 6, rounds: 2, crashes: 0 }, deadlock: false,
      expect: { violated: 'Agreement', traceLength: 18 }, distinct: 1_548_618,
    },
  ],
  proofs: [
    { file: '../models/thresholds/quorum.ts' },
    { file: '../models/thresholds/ben-or.ts' },
    { file: '../models/thresholds/ben-or-byzantine.ts' },
    { file: '../models/thresholds/ben-or-document.ts' },
    { file: '../models/thresholds/retry.ts' },
  ],
});
