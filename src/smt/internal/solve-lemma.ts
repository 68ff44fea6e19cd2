/**
 * One lemma against Z3: assert the hypotheses and the negated claim in a
 * fresh `push` scope. Unsatisfiable means proved; a model is a counterexample,
 * which is then minimised.
 */
import type { LemmaPlan } from './lemma-plan.ts';
import { Lowering } from './lower-z3.ts';
import { type Values, minimise, readModel } from './minimise.ts';
import { check, withSession } from './z3-session.ts';

/** What the solver said about a lemma. */
export type SolveOutcome =
  | { readonly kind: 'proved' }
  | { readonly kind: 'refuted'; readonly values: Values; readonly minimal: boolean }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Proves or refutes a planned lemma with a per-query timeout. */
export function solveLemma(plan: LemmaPlan, timeoutMs: number): Promise<SolveOutcome> {
  return withSession(async (s) => {
    const lower = new Lowering(s.ctx, plan.intervals);
    s.solver.push();
    try {
      const hypotheses = lower.bool(plan.hypotheses);
      const negated = s.ctx.Not(lower.bool(plan.claim));
      s.solver.add(hypotheses, negated, ...lower.sideConstraints());
      const outcome = await check(s, timeoutMs);
      if (outcome.kind === 'unsat') return { kind: 'proved' };
      if (outcome.kind === 'unknown') return outcome;
      const found = readModel(s, lower, plan.variables);
      const { values, minimal } = await minimise(s, lower, plan.variables, found, timeoutMs);
      return { kind: 'refuted', values, minimal };
    } finally {
      if (s.broken === undefined) s.solver.pop();
    }
  });
}
