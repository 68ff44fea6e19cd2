/**
 * The exit code of `faultline prove`, in bands: 0 every verdict as declared,
 * 1 a lemma proved or refuted against its declaration, 2 bad input (missing
 * file, no declaration, untranslatable code), 3 internal error, 4 a lemma
 * unknown (solver timeout), which is never passed off as proved.
 */
import type { ProveReport } from './report.ts';

/** Exit codes of `prove`, by name. */
export const ProveExit = {
  asDeclared: 0,
  notAsDeclared: 1,
  badInput: 2,
  internalError: 3,
  unknown: 4,
} as const;

/**
 * The exit code a report calls for. When several apply, the most severe
 * wins: internal error, then bad input, then a definite wrong verdict, then
 * unknown.
 */
export function proveExitCode(report: ProveReport): number {
  if (report.errors.some((e) => e.kind === 'internal')) return ProveExit.internalError;
  if (report.errors.length > 0) return ProveExit.badInput;
  const wrong = report.lemmas.some((l) => l.verdict.kind !== 'unknown' && !l.asExpected);
  if (wrong) return ProveExit.notAsDeclared;
  if (report.lemmas.some((l) => l.verdict.kind === 'unknown')) return ProveExit.unknown;
  return ProveExit.asDeclared;
}
