/**
 * Importing a user's TypeScript file (a model, a plan, a proof file). The
 * launcher has registered tsx, so the file needs no build step; what can go
 * wrong is the file's own error, or Node taking it for CommonJS.
 */
import { pathToFileURL } from 'node:url';

/** The module's exports, or why it did not load and what to do about it. */
export type Imported =
  | { readonly ok: true; readonly module: Record<string, unknown> }
  | { readonly ok: false; readonly why: string; readonly hint: string; readonly stack?: string };

const COMMONJS_HINT = 'the file was loaded as CommonJS: name it .mts, or keep it in a folder ' +
  'whose package.json says "type": "module"';

/** Imports the file at absolute `path`; `fixHint` is the advice for an error in the file itself. */
export async function importFile(path: string, fixHint: string): Promise<Imported> {
  try {
    return {
      ok: true, module: (await import(pathToFileURL(path).href)) as Record<string, unknown>,
    };
  } catch (err) {
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    // Node's complaint when an ES module file is compiled as CommonJS and imports ES modules.
    const commonJs = why.includes('require() ES Module') || why.includes('ERR_REQUIRE_ESM');
    return {
      ok: false, why, hint: commonJs ? COMMONJS_HINT : fixHint,
      stack: err instanceof Error ? err.stack : undefined,
    };
  }
}
