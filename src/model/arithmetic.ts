/**
 * The arithmetic a protocol rests on, declared next to the threshold functions
 * that the explorer calls. `faultline prove` reads these declarations from the
 * source with ts-morph, translates every predicate into Z3 terms and proves
 * each lemma for all sizes (or finds the smallest size where it fails).
 *
 * This file is deliberately free of Z3: a model imports it at no cost, and the
 * values it builds are plain data plus ordinary functions.
 *
 * Predicates are written as arrow functions whose parameter names are the
 * variables they quantify over: `(n, f) => n > 2 * f` reads sizes `n` and `f`.
 * The prover binds parameters by name, never by position.
 */

/**
 * The range of one universally quantified variable. Both bounds are inclusive.
 * An integer without `max` ranges over every integer from `min` upwards; a
 * variable without `min` is unbounded below (rarely wanted: sizes are counts).
 * `max` is what lets a loop over this variable be unrolled, and what bounds a
 * brute-force enumeration.
 */
export interface VarRange {
  /** Smallest value, inclusive. */
  readonly min?: number;
  /** Largest value, inclusive; required for loop bounds and exponents. */
  readonly max?: number;
  /**
   * A real-valued variable instead of an integer. Real variables are not
   * minimised in counterexamples (a smallest real need not exist).
   */
  readonly real?: boolean;
  /** What the variable means, shown in reports. */
  readonly doc?: string;
}

/**
 * A predicate over named numeric variables. Its parameter names must be keys
 * of the declaration's `sizes` or of the lemma's `vars`.
 */
export type Predicate = (...values: number[]) => boolean;

/** The values of a counterexample, by variable name. */
export type Assignment = Readonly<Record<string, number>>;

/** The verdict a lemma is declared to have. */
export type ExpectedVerdict = 'proved' | 'refuted';

/** One lemma: a claim that must hold for every size satisfying the hypotheses. */
export interface LemmaSpec {
  /** The statement, universally quantified over its parameters. */
  readonly claim: Predicate;
  /** An extra hypothesis for this lemma only (for example `c <= n`). */
  readonly where?: Predicate;
  /** Replaces the declaration's `assume` for this lemma (to show why it is needed). */
  readonly assume?: Predicate;
  /** Variables quantified by this lemma only, beyond the declaration's sizes. */
  readonly vars?: Readonly<Record<string, VarRange>>;
  /**
   * The verdict this lemma should have. Undeclared means `'proved'`. The
   * document's flawed thresholds declare `'refuted'`.
   */
  readonly expect?: ExpectedVerdict;
  /**
   * Renders a refuted lemma's counterexample for people: two disjoint quorums,
   * the failure set that blocks progress. Plain TypeScript, run on the
   * counterexample values, never translated.
   */
  readonly witness?: (values: Assignment) => string;
  /** What the lemma says and why the protocol needs it. */
  readonly doc: string;
}

/** What a model or thresholds file passes to `defineArithmetic`. */
export interface ArithmeticSpec {
  /** The name shown in reports, usually the protocol's. */
  readonly name: string;
  /**
   * The size parameters, in the order counterexamples are minimised: the
   * first key is made smallest first (`n`, then `f`, then the rest).
   */
  readonly sizes: Readonly<Record<string, VarRange>>;
  /** The resilience condition every lemma assumes (for example `n > 2f`). */
  readonly assume?: Predicate;
  /** The lemmas, by name (kebab-case by convention). */
  readonly lemmas: Readonly<Record<string, LemmaSpec>>;
}

/** A declaration as returned by `defineArithmetic`: the spec, tagged. */
export interface ArithmeticDeclaration extends ArithmeticSpec {
  readonly kind: 'arithmetic';
}

/**
 * Declares the arithmetic of a model. Export the result as `arithmetic`
 * (`export const arithmetic = defineArithmetic({...})`) so `faultline prove`
 * finds it; re-exporting it from another file works too. The call must be
 * written with an object literal in place, because the prover reads it from
 * the source.
 */
export function defineArithmetic(spec: ArithmeticSpec): ArithmeticDeclaration {
  return { kind: 'arithmetic', ...spec };
}

/** Logical implication, `!a || b`, readable in claims and translated as such. */
export function implies(a: boolean, b: boolean): boolean {
  return !a || b;
}

/** Whether a value is a declaration built by `defineArithmetic`. */
export function isArithmeticDeclaration(value: unknown): value is ArithmeticDeclaration {
  if (typeof value !== 'object' || value === null) return false;
  const tagged = value as { kind?: unknown; lemmas?: unknown; sizes?: unknown };
  return tagged.kind === 'arithmetic' && typeof tagged.lemmas === 'object'
    && typeof tagged.sizes === 'object';
}
