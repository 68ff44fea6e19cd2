/**
 * Errors in compiler style: a stable code, `file:line:col`, the source line
 * and a caret underline, then what to do.
 */
import { relative } from 'node:path';
import type { ProveError, SourceLocation } from './report.ts';

function where(location: SourceLocation, cwd: string): string[] {
  const file = relative(cwd, location.file) || location.file;
  const gutter = ' '.repeat(String(location.line).length);
  const caret = ' '.repeat(location.column - 1) + '^'.repeat(location.length);
  return [
    `${gutter}--> ${file}:${location.line}:${location.column}`,
    `${gutter} |`,
    `${location.line} | ${location.sourceLine}`,
    `${gutter} | ${caret}`,
  ];
}

/** Renders one error; paths are shown relative to `cwd` (default: the process's). */
export function renderProveError(error: ProveError, cwd = process.cwd()): string {
  switch (error.kind) {
    case 'untranslatable': {
      const lines = [
        `error[${error.code}]: ${error.message}`,
        `  in ${error.function} (lemma '${error.lemma}')`,
        ...where(error.location, cwd),
      ];
      if (error.hint !== undefined) lines.push(`  = help: ${error.hint}`);
      return lines.join('\n');
    }
    case 'bad-declaration':
      return [`error[${error.code}]: ${error.message}`,
        ...(error.location === undefined ? [] : where(error.location, cwd))].join('\n');
    case 'file-missing':
    case 'no-arithmetic-export':
    case 'import-failed':
      return `error[${error.code}]: ${relative(cwd, error.file) || error.file}: ${error.message}`;
    case 'unknown-lemma':
      return `error[${error.code}]: ${error.message}; the lemmas are: ${error.known.join(', ')}`;
    case 'internal':
      return `internal error[${error.code}]: ${error.message}`;
  }
}
