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

    // Ben-Or, textbook version (models/ben-or.ts): entries go here.

    // Ben-Or as the source document writes it (models/ben-or-document.ts): entries go here.
  ],
  proofs: [
    { file: '../models/thresholds/quorum.ts' },
    { file: '../models/thresholds/ben-or.ts' },
    { file: '../models/thresholds/ben-or-byzantine.ts' },
    { file: '../models/thresholds/ben-or-document.ts' },
    { file: '../models/thresholds/retry.ts' },
  ],
});
