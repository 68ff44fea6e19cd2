/**
 * Exit codes shared by every command, in bands as TLC uses them: a verdict
 * apart from bad input apart from faultline's own failures.
 */
import type { Verdict } from '../engine/index.ts';

/** 0 success, 1 property violated (or a verdict not as declared), 2 bad input or usage,
 * 3 internal error, 4 incomplete (a bound reached, a solver answered unknown). */
export const ExitCode = {
  ok: 0,
  violated: 1,
  badInput: 2,
  internal: 3,
  incomplete: 4,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of a check's verdict: never 0 for a search cut short. */
export function exitCodeForVerdict(v: Verdict): ExitCode {
  switch (v.kind) {
    case 'holds':
      return ExitCode.ok;
    case 'violated':
      return ExitCode.violated;
    case 'incomplete':
      return ExitCode.incomplete;
  }
}
