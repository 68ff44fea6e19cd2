/**
 * Writing report files so that a reader never sees half of one: the content
 * goes to a temporary file in the same directory, which is then renamed over
 * the target (a rename within one file system is atomic on POSIX systems).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The outcome of a write. */
export type WriteResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly message: string };

let counter = 0;

/** Writes `content` to `path` atomically, creating the directory if needed. */
export function writeFileAtomic(path: string, content: string): WriteResult {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
    return { ok: true, path };
  } catch (err) {
    removeQuietly(temp);
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, path, message: `could not write report '${path}': ${why}` };
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there (its directory could not be made, for example).
  }
}
