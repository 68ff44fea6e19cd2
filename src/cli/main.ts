/**
 * The CLI's entry: runs one command and returns its exit code. Nothing
 * escapes as an exception: an error faultline did not expect becomes exit
 * code 3 with a short message (and the stack trace with --verbose).
 */
import { classifyThrown, reportFailure } from './failure.ts';
import { processIo, type CliIo } from './io.ts';
import { runProgram } from './program.ts';

export { ExitCode, exitCodeForVerdict } from './exit-codes.ts';
export { CapturedIo, processIo } from './io.ts';
export type { CliIo } from './io.ts';

/** Runs the command line `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return guarded(argv, io, () => runProgram(argv, io));
}

/**
 * Runs `body`, turning any exception into a reported failure: exit 2 for a
 * model's error, 3 for faultline's own.
 */
export async function guarded(argv: readonly string[], io: CliIo,
  body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    const style = {
      json: argv.includes('--json'), verbose: argv.includes('--verbose') || argv.includes('-v'),
      command: argv[0] ?? '',
    };
    return reportFailure(io, classifyThrown(err), style);
  }
}
