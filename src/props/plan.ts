/**
 * A verification plan: every check (a model, its parameters, search options
 * and the verdict it must have) and every proof file that `faultline verify`
 * runs, so that CI fails whenever a verdict changes. Paths in a plan are
 * resolved against the directory of the plan file, like imports.
 */

/** The bound a search is expected to stop at. */
export type ExpectedBound = 'max-states' | 'max-depth';

/**
 * The verdict a check must have:
 * - `'holds'`: a complete search in which every checked property holds. A
 *   search cut short by a bound does not count as holding.
 * - `{ violated }`: the named property (an invariant, step property or
 *   reachability goal, or `'deadlock'`) is the one reported violated; with
 *   `traceLength`, the counterexample has exactly that many steps (under
 *   breadth-first search, the length of a shortest one).
 * - `{ incomplete }`: the search stops at that bound without a violation.
 */
export type CheckExpectation =
  | 'holds'
  | { readonly violated: string; readonly traceLength?: number }
  | { readonly incomplete: ExpectedBound };

/** One check as written in a plan. */
export interface CheckEntrySpec {
  /** The name shown in reports (default: the file's stem and the parameters). */
  readonly name?: string;
  /** The model file, relative to the plan file. */
  readonly model: string;
  /** Parameter values; the model's defaults fill in the rest. */
  readonly params?: Readonly<Record<string, number>>;
  /** Search order (default `'bfs'`, which gives shortest traces). */
  readonly strategy?: 'bfs' | 'dfs';
  readonly maxStates?: number;
  readonly maxDepth?: number;
  /** Check only these invariants (default: every invariant of the model). */
  readonly invariants?: readonly string[];
  /** Whether a state with no enabled step is a violation (default true). */
  readonly deadlock?: boolean;
  readonly expect: CheckExpectation;
  /** The exact number of distinct states the search must find, when pinned. */
  readonly distinct?: number;
}

/**
 * One proof file as written in a plan. Each lemma's expected verdict is
 * declared in the file itself (`expect: 'refuted'`), not here.
 */
export interface ProofEntrySpec {
  /** The name shown in reports (default: the file's stem). */
  readonly name?: string;
  /** A file exporting `arithmetic` (made by `defineArithmetic`), relative to the plan file. */
  readonly file: string;
  /** Prove only these lemmas (default: all of the file's lemmas). */
  readonly lemmas?: readonly string[];
  /** Z3's budget per query in milliseconds (default: the prover's). */
  readonly timeoutMs?: number;
}

/** What a plan file passes to `definePlan`. */
export interface PlanSpec {
  /** A short name for reports, for example `faultline`. */
  readonly name: string;
  readonly checks: readonly CheckEntrySpec[];
  readonly proofs?: readonly ProofEntrySpec[];
}

/** A plan as `definePlan` returns it: the spec, tagged so a loader can recognise it. */
export interface Plan {
  readonly kind: 'faultline-plan';
  readonly spec: PlanSpec;
}

/** A check with every default filled in, as the runner uses it. */
export interface PlanCheck {
  readonly name: string;
  readonly model: string;
  readonly params: Readonly<Record<string, number>>;
  readonly strategy: 'bfs' | 'dfs';
  readonly maxStates: number | undefined;
  readonly maxDepth: number | undefined;
  /** Empty: every invariant. */
  readonly invariants: readonly string[];
  readonly deadlock: boolean;
  readonly expect: CheckExpectation;
  readonly distinct: number | undefined;
}

/** A proof entry with its name filled in. */
export interface PlanProof {
  readonly name: string;
  readonly file: string;
  /** Undefined: every lemma. */
  readonly lemmas: readonly string[] | undefined;
  readonly timeoutMs: number | undefined;
}

/** A plan that passed validation. */
export interface ValidPlan {
  readonly name: string;
  readonly checks: readonly PlanCheck[];
  readonly proofs: readonly PlanProof[];
}

/**
 * Declares a verification plan. Export the result as the plan file's
 * default export: `export default definePlan({...})`. The shape is checked
 * when the plan is loaded (`validatePlan`), not here, so a plan file that
 * TypeScript's checker would reject still gets errors that name the entry.
 */
export function definePlan(spec: PlanSpec): Plan {
  return { kind: 'faultline-plan', spec };
}

/** True when `value` was made by `definePlan`. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null
    && (value as { kind?: unknown }).kind === 'faultline-plan'
    && typeof (value as { spec?: unknown }).spec === 'object';
}

/** The name a check gets when the plan gives none: `two-phase-commit rm=3`. */
export function defaultCheckName(model: string, params: Readonly<Record<string, number>>): string {
  const stem = fileStem(model);
  const values = Object.entries(params).map(([k, v]) => `${k}=${v}`);
  return values.length === 0 ? stem : `${stem} ${values.join(' ')}`;
}

/** The last path segment without its extension: `models/ben-or.ts` gives `ben-or`. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[cm]?[jt]s$/, '');
}
