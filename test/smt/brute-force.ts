/**
 * The reference the prover is checked against: enumerate every assignment of
 * a lemma's variables within small bounds, in the prover's minimisation order
 * (lexicographic, first variable outermost), and run the lemma's TypeScript.
 * The first failing assignment is the smallest counterexample within bounds.
 */
import type { ArithmeticDeclaration, Predicate } from '../../src/model/arithmetic.ts';
import type { LemmaReport } from '../../src/smt/index.ts';

/** Values by variable name. */
export type Values = Record<string, number>;

/** What enumeration found: the smallest failing values, or none, and how many it tried. */
export interface BruteResult {
  readonly counterexample: Values | undefined;
  readonly tried: number;
}

/**
 * Enumerates a lemma. A variable ranges over its declared `min..max`; an end
 * left open is replaced by `bound` (upper) or `-bound` (lower).
 */
export function bruteForce(
  declaration: ArithmeticDeclaration, lemma: LemmaReport, bound: number,
  bounds: Readonly<Record<string, number>> = {},
): BruteResult {
  const spec = declaration.lemmas[lemma.name]!;
  const ranges = { ...declaration.sizes, ...spec.vars };
  const assume = spec.assume ?? declaration.assume;
  const call = (fn: Predicate | undefined, names: readonly string[], v: Values) =>
    fn === undefined || fn(...names.map((n) => v[n]!));
  const { parameters, variables } = lemma;
  const values: Values = {};
  let tried = 0;

  const search = (i: number): boolean => {
    if (i === variables.length) {
      tried++;
      return call(assume, parameters.assume, values) && call(spec.where, parameters.where, values)
        && !call(spec.claim, parameters.claim, values);
    }
    const name = variables[i]!;
    const range = ranges[name]!;
    const hi = bounds[name] ?? range.max ?? bound;
    for (let x = range.min ?? -bound; x <= hi; x++) {
      values[name] = x;
      if (search(i + 1)) return true;
    }
    return false;
  };
  return { counterexample: search(0) ? { ...values } : undefined, tried };
}
