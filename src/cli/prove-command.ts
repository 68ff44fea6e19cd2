/**
 * `faultline prove`: proves the model's threshold and quorum lemmas for all
 * sizes with Z3 (see src/smt). Exit code: 0 every verdict as declared, 1 a
 * verdict not as declared, 2 bad input, 3 internal error, 4 a lemma unknown.
 */
import type { Command } from 'commander';
import type { CliIo } from './io.ts';
import { collect, parseCount } from './option-parsers.ts';

/** The flags of `prove`. */
export interface ProveFlags {
  readonly json: boolean;
  /** Lemmas to prove, by name (empty: all). */
  readonly lemma: readonly string[];
  /** Z3's budget per query in milliseconds, when given. */
  readonly timeoutMs: number | undefined;
}

/** Runs `prove` on `file`; returns the exit code. Always shuts the prover down. */
export async function runProve(file: string, flags: ProveFlags, io: CliIo): Promise<number> {
  // Loaded on demand: the prover pulls in Z3 and the TypeScript compiler, which
  // would slow every other command's start by a second.
  const { proveExitCode, proveFile, proveReportToJson, renderProveText, shutdownProver } =
    await import('../smt/index.ts');
  try {
    const report = await proveFile(file, {
      lemma: flags.lemma.length > 0 ? flags.lemma : undefined,
      timeoutMs: flags.timeoutMs,
    });
    const code = proveExitCode(report);
    if (flags.json) io.out(`${proveReportToJson(report)}\n`);
    else if (report.errors.length > 0) io.err(renderProveText(report, io.cwd));
    else io.out(renderProveText(report, io.cwd));
    return code;
  } finally {
    await shutdownProver();
  }
}

/** Adds the `prove` command to `program`. */
export function registerProve(program: Command, io: CliIo, finish: (code: number) => void): void {
  program.command('prove')
    .description("prove the model's threshold and quorum lemmas for all sizes with Z3")
    .argument('<model.ts>', 'the model file declaring `arithmetic`')
    .option('--lemma <name>', 'prove only this lemma (repeatable)', collect, [])
    .option('--timeout-ms <n>', "Z3's budget per query in milliseconds (default 10000)",
      parseCount)
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string, o: { lemma: string[]; timeoutMs?: number; json?: boolean }) => {
      finish(await runProve(file, { json: o.json === true, lemma: o.lemma,
        timeoutMs: o.timeoutMs }, io));
    });
}
