/**
 * Loading a verification plan file: import it (TypeScript, like model
 * files), find the plan made by `definePlan` among its exports, and validate
 * its shape. Every failure names the plan file, and the entry when there is
 * one, and exits with code 2.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isPlan, validatePlan, type Plan, type ValidPlan } from '../props/index.ts';
import { ExitCode } from './exit-codes.ts';
import { importFile } from './import-file.ts';
import { fail, type Failure, type Outcome } from './failure.ts';

/** A validated plan and where it lives. */
export interface LoadedPlan {
  readonly plan: ValidPlan;
  /** The plan file as the user gave it. */
  readonly file: string;
  /** The plan file's directory (absolute): its entries' paths are relative to it. */
  readonly dir: string;
}

const EXAMPLE = "export default definePlan({ name: 'my-project', checks: [...] })";

/** Imports the plan file `file` (resolved against `cwd`) and validates its plan. */
export async function loadPlan(file: string, cwd: string): Promise<Outcome<LoadedPlan>> {
  const path = resolve(cwd, file);
  if (!isFile(path)) {
    return fail(bad('plan-not-found', `plan file '${file}' not found`,
      'give the path of a plan file, for example properties/plan.ts'));
  }
  const imported = await importFile(path,
    'fix the error in the plan file (run with --verbose for the stack trace)');
  if (!imported.ok) {
    return fail({ ...bad('plan-load-failed', `plan file '${file}' failed to load: ${imported.why}`,
      imported.hint), detail: imported.stack });
  }
  const plan = pickPlan(imported.module);
  if (plan === undefined) {
    return fail(bad('no-plan-export',
      `plan file '${file}' does not export a plan made by definePlan`,
      `export one as the default export: ${EXAMPLE}`));
  }
  const checked = validatePlan(plan);
  if (!checked.ok) {
    const lines = checked.problems.map((p) =>
      `  ${p.entry === undefined ? 'plan' : p.entry}: ${p.message} (${p.hint})`);
    return fail(bad('bad-plan',
      `plan file '${file}' has ${lines.length} problem(s):\n${lines.join('\n')}`,
      'fix the entries named above'));
  }
  return { ok: true, value: { plan: checked.plan, file, dir: dirname(path) } };
}

function pickPlan(mod: Record<string, unknown>): Plan | undefined {
  if (isPlan(mod.default)) return mod.default;
  const named = Object.values(mod).filter(isPlan);
  return named.length === 1 ? named[0] : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function bad(code: string, message: string, hint: string): Failure {
  return { exitCode: ExitCode.badInput, code, message, hint };
}
