/**
 * Checking a plan against the files it names before anything runs, so a bad
 * plan fails in a second instead of after minutes of search: every model
 * loads and compiles with the entry's parameters, every invariant and
 * expected property is the model's own, and every proof file exports
 * `arithmetic` with the lemmas the entry lists.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { importFile } from './import-file.ts';
import { compileModel, type CompiledModel } from '../engine/index.ts';
import { isArithmeticDeclaration } from '../model/index.ts';
import type { PlanCheck, PlanProof } from '../props/index.ts';
import { declarationLines } from './declaration-line.ts';
import { ExitCode } from './exit-codes.ts';
import { classifyThrown, fail, type Failure, type Outcome } from './failure.ts';
import { loadModel } from './load-model.ts';
import type { LoadedPlan } from './load-plan.ts';

/** A check ready to run. */
export interface PreparedCheck {
  readonly entry: PlanCheck;
  /** The model file relative to the working directory, for reports and replay commands. */
  readonly file: string;
  /** The model file, absolute. */
  readonly path: string;
  readonly cm: CompiledModel;
  /** Where each property is declared in the model file. */
  readonly lines: Readonly<Record<string, number>>;
}

/** A proof file ready to prove. */
export interface PreparedProof {
  readonly entry: PlanProof;
  /** The proof file relative to the working directory. */
  readonly file: string;
  readonly path: string;
  /** Where each lemma is declared in the proof file. */
  readonly lines: Readonly<Record<string, number>>;
}

/** Loads and compiles every check's model; the first bad entry ends preparation. */
export async function prepareChecks(loaded: LoadedPlan, cwd: string):
  Promise<Outcome<PreparedCheck[]>> {
  const prepared: PreparedCheck[] = [];
  for (const entry of loaded.plan.checks) {
    const where = `plan '${loaded.file}', check '${entry.name}'`;
    const model = await loadModel(entry.model, loaded.dir);
    if (!model.ok) return fail(named(where, relativeHint(loaded, cwd, model.failure)));
    let cm: CompiledModel;
    try {
      cm = compileModel(model.value.model, entry.params);
    } catch (err) {
      return fail(named(where, classifyThrown(err)));
    }
    const unknown = unknownProperty(entry, cm);
    if (unknown) return fail(named(where, unknown));
    const path = resolve(loaded.dir, entry.model);
    const names = [...cm.invariants, ...cm.stepProperties, ...cm.reachable].map((p) => p.name);
    prepared.push({ entry, file: display(cwd, path), path, cm,
      lines: declarationLines(readFileSync(path, 'utf8'), names) });
  }
  return { ok: true, value: prepared };
}

/** Imports every proof file and checks the lemmas its entry lists. */
export async function prepareProofs(loaded: LoadedPlan, cwd: string):
  Promise<Outcome<PreparedProof[]>> {
  const prepared: PreparedProof[] = [];
  for (const entry of loaded.plan.proofs) {
    const where = `plan '${loaded.file}', proof '${entry.name}'`;
    const path = resolve(loaded.dir, entry.file);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (err) {
      return fail(badInput(where, 'proof-not-found',
        `proof file '${entry.file}' could not be read: ${String(err)}`,
        'give the path of a file exporting `arithmetic`, relative to the plan file'));
    }
    const imported = await importFile(path, 'fix the error in the proof file');
    if (!imported.ok) {
      return fail(badInput(where, 'proof-load-failed',
        `proof file '${entry.file}' failed to load: ${imported.why}`, imported.hint));
    }
    const declared = imported.module.arithmetic;
    if (!isArithmeticDeclaration(declared)) {
      return fail(badInput(where, 'no-arithmetic-export',
        `proof file '${entry.file}' exports no \`arithmetic\` made by defineArithmetic`,
        'export one (export const arithmetic = defineArithmetic({...})) or drop the entry'));
    }
    const known = Object.keys(declared.lemmas);
    const missing = (entry.lemmas ?? []).find((l) => !known.includes(l));
    if (missing !== undefined) {
      return fail(badInput(where, 'unknown-lemma',
        `proof file '${entry.file}' has no lemma '${missing}'`,
        `its lemmas are: ${known.join(', ')}`));
    }
    prepared.push({ entry, file: display(cwd, path), path,
      lines: declarationLines(source, known) });
  }
  return { ok: true, value: prepared };
}

function unknownProperty(entry: PlanCheck, cm: CompiledModel): Failure | undefined {
  const invariants = cm.invariants.map((i) => i.name);
  const missing = entry.invariants.find((n) => !invariants.includes(n));
  if (missing !== undefined) {
    return { exitCode: ExitCode.badInput, code: 'unknown-property',
      message: `model '${cm.name}' has no invariant '${missing}'`,
      hint: invariants.length > 0 ? `its invariants are: ${invariants.join(', ')}`
        : 'it declares none' };
  }
  const expect = entry.expect;
  if (typeof expect !== 'object' || !('violated' in expect)) return undefined;
  const checked = [
    ...(entry.invariants.length > 0 ? entry.invariants : invariants),
    ...cm.stepProperties.map((p) => p.name), ...cm.reachable.map((p) => p.name),
    ...(entry.deadlock ? ['deadlock'] : []),
  ];
  if (checked.includes(expect.violated)) return undefined;
  return { exitCode: ExitCode.badInput, code: 'unknown-property',
    message: `expects '${expect.violated}' to be violated, but model '${cm.name}' does not ` +
      'check a property of that name',
    hint: `the properties this check checks are: ${checked.join(', ') || 'none'}` };
}

function relativeHint(loaded: LoadedPlan, cwd: string, f: Failure): Failure {
  if (f.code !== 'file-not-found') return f;
  return { ...f, hint: `paths in a plan are relative to the plan file's directory (${
    display(cwd, loaded.dir) || '.'}); give the model file's path from there` };
}

function named(where: string, f: Failure): Failure {
  return { ...f, message: `${where}: ${f.message}` };
}

function badInput(where: string, code: string, message: string, hint: string): Failure {
  return { exitCode: ExitCode.badInput, code, message: `${where}: ${message}`, hint };
}

/** `path` relative to `cwd` with forward slashes, or absolute when outside it. */
export function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..')) return path;
  return rel.split(sep).join('/');
}
