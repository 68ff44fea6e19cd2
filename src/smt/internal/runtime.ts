/**
 * The declaration as a value: the file is imported, so sizes, expectations
 * and witnesses are exactly what the model's code says, and a solver's
 * counterexample can be checked by running the TypeScript itself.
 */
import { pathToFileURL } from 'node:url';
import {
  type ArithmeticDeclaration, type LemmaSpec, isArithmeticDeclaration,
} from '../../model/index.ts';
import type { LemmaParameters, ProveError } from '../report.ts';
import type { Values } from './minimise.ts';

/** The imported declaration, or why it could not be had. */
export type RuntimeResult =
  | { readonly ok: true; readonly declaration: ArithmeticDeclaration }
  | { readonly ok: false; readonly error: ProveError };

/**
 * Imports a file and returns its `arithmetic` export. Modules are cached by
 * the runtime, so a file edited after its first import in this process is
 * seen with its old values (its source is always read fresh).
 */
export async function importDeclaration(path: string): Promise<RuntimeResult> {
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(path).href) as Record<string, unknown>;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'import-failed', code: 'SMT005', file: path,
      message: `importing the file failed: ${message}` } };
  }
  const value = module['arithmetic'];
  if (!isArithmeticDeclaration(value)) {
    return { ok: false, error: { kind: 'bad-declaration', code: 'SMT003',
      message: '`arithmetic` is not a value built by defineArithmetic' } };
  }
  return { ok: true, declaration: value };
}

type Predicate = LemmaSpec['claim'];

function call(fn: Predicate | undefined, names: readonly string[], values: Values): boolean {
  return fn === undefined ? true : fn(...names.map((n) => values[n]!));
}

/**
 * Whether running the TypeScript agrees that `values` refute the lemma:
 * the hypotheses hold and the claim does not. A disagreement means the
 * translation and the code differ, and the verdict must not be trusted.
 */
export function reproduces(
  declaration: ArithmeticDeclaration, spec: LemmaSpec, params: LemmaParameters, values: Values,
): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  try {
    const assume = spec.assume ?? declaration.assume;
    const hypotheses = call(assume, params.assume, values)
      && call(spec.where, params.where, values);
    if (hypotheses && !call(spec.claim, params.claim, values)) return { ok: true };
    return { ok: false, reason: `the solver's counterexample ${JSON.stringify(values)} does not `
      + 'refute the lemma when the TypeScript runs (the translation differs from the code)' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const shown = JSON.stringify(values);
    return { ok: false, reason: `running the lemma on ${shown} threw: ${message}` };
  }
}

/** The lemma's own rendering of a counterexample, if it has one. */
export function renderWitness(spec: LemmaSpec, values: Values): string | undefined {
  if (spec.witness === undefined) return undefined;
  try {
    return spec.witness(values);
  } catch (e) {
    return `(the witness function threw: ${e instanceof Error ? e.message : String(e)})`;
  }
}
