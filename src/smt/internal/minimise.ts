/**
 * Smallest counterexamples. Variables are made as small as possible one at a
 * time, in declaration order (`n`, then `f`, then the rest), each by binary
 * search with `push`/`pop`, and then pinned before the next one is searched.
 * The result is the lexicographically smallest counterexample. Real-valued
 * variables are left as the solver found them.
 */
import type { Arith } from 'z3-solver';
import type { PlanVariable } from './lemma-plan.ts';
import type { Lowering } from './lower-z3.ts';
import { type Z3Session, check } from './z3-session.ts';

/** Values by variable name. */
export type Values = Record<string, number>;

/** The counterexample found, and whether the search finished. */
export interface Minimised {
  readonly values: Values;
  readonly minimal: boolean;
}

/** Reads the current model's value of every plan variable. */
export function readModel(s: Z3Session, lower: Lowering, vars: readonly PlanVariable[]): Values {
  const model = s.solver.model();
  try {
    const values: Values = {};
    for (const v of vars) {
      const value = model.eval(lower.variable(v.name, v.sort), true);
      if (s.ctx.isIntVal(value)) values[v.name] = Number(value.value());
      else if (s.ctx.isRealVal(value)) values[v.name] = value.asNumber();
      else values[v.name] = Number.NaN;
    }
    return values;
  } finally {
    model.release();
  }
}

interface Search {
  readonly s: Z3Session;
  readonly lower: Lowering;
  readonly vars: readonly PlanVariable[];
  readonly timeoutMs: number;
}

/** Shrinks a counterexample to the lexicographically smallest one. */
export async function minimise(
  s: Z3Session, lower: Lowering, vars: readonly PlanVariable[], found: Values, timeoutMs: number,
): Promise<Minimised> {
  const search: Search = { s, lower, vars, timeoutMs };
  let values = found;
  let pinned = 0;
  try {
    for (const v of vars) {
      if (v.sort !== 'int') continue;
      const x = lower.variable(v.name, 'int');
      const result = await lowest(search, x, v, values);
      values = result.values;
      if (!result.minimal) return { values, minimal: false };
      s.solver.push();
      pinned++;
      s.solver.add(x.eq(values[v.name]!));
    }
    return { values, minimal: true };
  } finally {
    if (pinned > 0 && s.broken === undefined) s.solver.pop(pinned);
  }
}

/** Asks whether a counterexample with `x <= bound` exists; returns its values if so. */
async function probe(
  search: Search, x: Arith<'main'>, bound: number,
): Promise<Values | 'none' | 'unknown'> {
  const { s } = search;
  s.solver.push();
  try {
    s.solver.add(x.le(bound));
    const outcome = await check(s, search.timeoutMs);
    if (outcome.kind === 'sat') return readModel(s, search.lower, search.vars);
    return outcome.kind === 'unsat' ? 'none' : 'unknown';
  } finally {
    if (s.broken === undefined) s.solver.pop();
  }
}

async function lowest(
  search: Search, x: Arith<'main'>, v: PlanVariable, start: Values,
): Promise<Minimised> {
  let values = start;
  let hi = values[v.name]!;
  let lo = v.range.min === undefined ? undefined : Math.ceil(v.range.min);

  // Without a declared minimum, step down in doubling strides until nothing is below.
  for (let stride = 1; lo === undefined; stride *= 2) {
    if (stride > 2 ** 52) return { values, minimal: false };
    const below = await probe(search, x, hi - stride);
    if (below === 'unknown') return { values, minimal: false };
    if (below === 'none') lo = hi - stride + 1;
    else [values, hi] = [below, below[v.name]!];
  }

  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const below = await probe(search, x, mid);
    if (below === 'unknown') return { values, minimal: false };
    if (below === 'none') lo = mid + 1;
    else [values, hi] = [below, below[v.name]!];
  }
  return { values, minimal: true };
}
