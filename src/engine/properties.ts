/**
 * The model's properties as a search checks them: choosing the invariants to
 * check, explaining a property that throws or writes, and the warnings a
 * finished search gives about what it could not vouch for.
 */
import { ModelError } from '../model/index.ts';
import type { CompiledModel, Named, Predicate } from './compile.ts';
import type { ActionCoverage } from './result.ts';
import { ViewError } from './views.ts';

/** The invariants named by `--invariant` (all of them when none are named). */
export function selectInvariants(cm: CompiledModel,
  names: readonly string[] | undefined): Named<Predicate>[] {
  if (!names || names.length === 0) return [...cm.invariants];
  return names.map((name) => {
    const inv = cm.invariants.find((i) => i.name === name);
    if (!inv) {
      const known = cm.invariants.map((i) => i.name);
      throw new ModelError('unknown-property', `model '${cm.name}' has no invariant '${name}'`,
        { model: cm.name },
        known.length ? `its invariants are: ${known.join(', ')}` : 'it declares none');
    }
    return inv;
  });
}

/** A `ModelError` for a model predicate `what` that threw or wrote the state. */
export function userThrew(model: string, what: string, err: unknown): ModelError {
  if (err instanceof ModelError) return err;
  if (err instanceof ViewError && err.reason === 'read-only') {
    return new ModelError('impure-write',
      `${what} of model '${model}' wrote the state: ${err.message}`,
      { model, field: err.path }, 'properties must only read the state');
  }
  return new ModelError('threw', `${what} of model '${model}' threw: ${String(err)}`,
    { model }, 'fix the property; run with --verbose for the stack trace', err);
}

/** Warnings: actions that never fired in a complete search. */
export function searchWarnings(coverage: readonly ActionCoverage[], complete: boolean): string[] {
  const warnings: string[] = [];
  for (const c of coverage) {
    if (c.fired === 0 && complete) warnings.push(`action '${c.action}' never fired`);
  }
  return warnings;
}
