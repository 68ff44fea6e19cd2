/**
 * Loading a model file written in TypeScript. The file is imported as it
 * is (the `faultline` launcher registers a TypeScript loader, so users have
 * no build step), and its default export, or else its only exported model,
 * is the model to check.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isModel, type AnyModel } from '../model/index.ts';
import { ExitCode } from './exit-codes.ts';
import { fail, type Outcome } from './failure.ts';
import { importFile } from './import-file.ts';

/** A loaded model and where it came from. */
export interface LoadedModel {
  readonly model: AnyModel;
  /** The file as the user gave it. */
  readonly file: string;
  /** The export it was found under (`default` or a name). */
  readonly exportName: string;
}

const EXAMPLE = 'for example models/two-phase-commit.ts';

/** Imports `file` (resolved against `cwd`) and finds its model. */
export async function loadModel(file: string, cwd: string): Promise<Outcome<LoadedModel>> {
  const path = resolve(cwd, file);
  const found = checkFile(file, path);
  if (found) return found;
  const imported = await importFile(path,
    'fix the error in the file (run with --verbose for the stack trace)');
  if (!imported.ok) {
    return fail({
      exitCode: ExitCode.badInput, code: 'load-failed',
      message: `model file '${file}' failed to load: ${imported.why}`,
      hint: imported.hint, detail: imported.stack,
    });
  }
  return pickExport(file, imported.module);
}

function checkFile(file: string, path: string): ReturnType<typeof fail> | undefined {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    return fail({
      exitCode: ExitCode.badInput, code: 'file-not-found',
      message: `model file '${file}' not found`,
      hint: `give the path of a TypeScript model file, ${EXAMPLE}`,
    });
  }
  if (isFile) return undefined;
  return fail({
    exitCode: ExitCode.badInput, code: 'not-a-file', message: `'${file}' is not a file`,
    hint: `give the path of a TypeScript model file, ${EXAMPLE}`,
  });
}

function pickExport(file: string, mod: Record<string, unknown>): Outcome<LoadedModel> {
  if (isModel(mod.default)) return { ok: true, value: { model: mod.default, file,
    exportName: 'default' } };
  const named = Object.keys(mod).filter((k) => k !== 'default' && isModel(mod[k]));
  if (named.length === 1) {
    const name = named[0]!;
    return { ok: true, value: { model: mod[name] as AnyModel, file, exportName: name } };
  }
  if (named.length > 1) {
    return fail({
      exitCode: ExitCode.badInput, code: 'ambiguous-export',
      message: `model file '${file}' exports ${named.length} models (${named.join(', ')}) ` +
        'and none as default',
      hint: 'export the model to check as the default export: export default defineModel({...})',
    });
  }
  return fail({
    exitCode: ExitCode.badInput, code: 'no-model-export',
    message: `model file '${file}' exports no model made by defineModel`,
    hint: "export one, for example: export default defineModel({ name: 'my-protocol', ... })",
  });
}
