/**
 * What `proveFile` returns: one verdict per lemma, each beside the verdict
 * the lemma was declared to have, and the errors that stopped a lemma (or the
 * whole file) from being proved. Plain data, safe to serialise.
 */
import type { ExpectedVerdict } from '../model/index.ts';

/** A point in a source file, with the line's text for a caret underline. */
export interface SourceLocation {
  /** Absolute path of the file. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The full text of that line. */
  readonly sourceLine: string;
  /** How many characters to underline (at least 1). */
  readonly length: number;
}

/**
 * The outcome of one lemma. `unknown` (solver timeout, incompleteness or a
 * counterexample that running the TypeScript did not reproduce) is never
 * reported as proved.
 */
export type Verdict =
  | { readonly kind: 'proved' }
  | {
    readonly kind: 'refuted';
    /** Values of every variable the lemma reads, smallest first (see `minimal`). */
    readonly counterexample: Readonly<Record<string, number>>;
    /** False when minimisation was cut short by a timeout; the values still refute. */
    readonly minimal: boolean;
    /** The lemma's own rendering of the counterexample, when it declares one. */
    readonly witness?: string;
  }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The variables each predicate of a lemma reads, in parameter order. */
export interface LemmaParameters {
  readonly claim: readonly string[];
  readonly where: readonly string[];
  readonly assume: readonly string[];
}

/** One lemma's result. */
export interface LemmaReport {
  readonly name: string;
  readonly doc: string;
  /** The declared verdict; `undefined` means the lemma is expected to be proved. */
  readonly expect: ExpectedVerdict | undefined;
  readonly verdict: Verdict;
  /** Whether the verdict is the declared one (`unknown` never is). */
  readonly asExpected: boolean;
  /** The quantified variables, in the order counterexamples are minimised. */
  readonly variables: readonly string[];
  readonly parameters: LemmaParameters;
  /** Wall-clock time spent on this lemma, including minimisation. */
  readonly elapsedMs: number;
}

/** Stable codes of errors in what the user wrote (exit code 2). */
export type TranslateCode =
  | 'SMT101' // expression outside the translatable subset
  | 'SMT102' // statement outside the translatable subset
  | 'SMT103' // call to something that is not a readable function
  | 'SMT104' // divisor, modulus or exponent that is not a constant
  | 'SMT105' // loop bound without a stated maximum
  | 'SMT106' // recursion
  | 'SMT107' // a boolean where a number is needed, or the reverse
  | 'SMT108' // a path through a function that returns nothing
  | 'SMT109' // an identifier that is neither a local nor a module constant
  | 'SMT110' // loop shape the unroller does not read
  | 'SMT111' // return, break or continue inside a loop
  | 'SMT112' // shadowed local or assignment to a non-local
  | 'SMT113'; // loop or exponent too large to unroll

/** Why a file (or one lemma) could not be proved at all. */
export type ProveError =
  | { readonly kind: 'file-missing'; readonly code: 'SMT001'; readonly file: string;
    readonly message: string }
  | { readonly kind: 'no-arithmetic-export'; readonly code: 'SMT002'; readonly file: string;
    readonly message: string }
  | { readonly kind: 'bad-declaration'; readonly code: 'SMT003'; readonly message: string;
    readonly location?: SourceLocation }
  | { readonly kind: 'unknown-lemma'; readonly code: 'SMT004'; readonly lemma: string;
    readonly known: readonly string[]; readonly message: string }
  | { readonly kind: 'import-failed'; readonly code: 'SMT005'; readonly file: string;
    readonly message: string }
  | {
    readonly kind: 'untranslatable'; readonly code: TranslateCode; readonly message: string;
    /** The function being read when the construct was met. */
    readonly function: string;
    readonly lemma: string;
    readonly location: SourceLocation;
    readonly hint?: string;
  }
  | { readonly kind: 'internal'; readonly code: 'SMT900'; readonly message: string };

/** Everything `proveFile` found. */
export interface ProveReport {
  /** The file as given. */
  readonly file: string;
  /** The declaration's `name`, when it was read. */
  readonly model: string | undefined;
  readonly lemmas: readonly LemmaReport[];
  readonly errors: readonly ProveError[];
  readonly elapsedMs: number;
}
