/**
 * `faultline verify [plan.ts]`: runs every check and proof of a verification
 * plan, prints a line per entry as it finishes, and writes JUnit XML, SARIF,
 * a Markdown summary and each counterexample's reports into the report
 * directory. Exit code: 0 every verdict as expected, 1 one is not (including
 * a search cut short where the plan expects "holds"), 2 bad plan or input,
 * 3 internal error.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  renderCheckEntry, renderProofEntry, renderVerifySummary, verifyToJson, writeVerifyReports,
  type VerifyTextOptions,
} from '../report/index.ts';
import { ExitCode } from './exit-codes.ts';
import { reportFailure } from './failure.ts';
import type { CliIo } from './io.ts';
import { runVerify, verifyExitCode, type VerifyEvents } from './verify-runner.ts';

/** The flags of `verify`, parsed. */
export interface VerifyFlags {
  /** Where the report files go (created if missing). */
  readonly reportDir: string;
  readonly json: boolean;
  /** Print only entries not as expected, and the summary. */
  readonly quiet: boolean;
  /** Every lemma's line, and stack traces on errors. */
  readonly verbose: boolean;
}

/** The plan `verify` runs when none is given. */
export const DEFAULT_PLAN = 'properties/plan.ts';

/** Runs `verify` on `planFile`; returns the exit code. */
export async function runVerifyCommand(planFile: string, flags: VerifyFlags,
  io: CliIo): Promise<number> {
  const style = { json: flags.json, verbose: flags.verbose, command: 'verify' };
  const outcome = await runVerify(planFile, io.cwd, flags.json ? {} : printer(flags, io));
  if (!outcome.ok) return reportFailure(io, outcome.failure, style);
  const report = outcome.value;

  const dir = resolve(io.cwd, flags.reportDir);
  const written = writeVerifyReports(dir, report);
  if (!written.ok) {
    return reportFailure(io, { exitCode: ExitCode.badInput, code: 'report-write',
      message: written.message, hint: 'check that --report-dir names a writable directory' },
    style);
  }
  if (flags.json) io.out(`${JSON.stringify(verifyToJson(report), null, 2)}\n`);
  else io.out(renderVerifySummary(report));
  if (!flags.quiet && !flags.json) {
    io.err(`reports written to ${flags.reportDir}: junit.xml, results.sarif, summary.md` +
      `${written.paths.length > 3 ? ` and ${written.paths.length - 3} trace file(s)` : ''}\n`);
  }
  return verifyExitCode(report);
}

/** Prints each entry's lines as it finishes (only failures with --quiet). */
function printer(flags: VerifyFlags, io: CliIo): VerifyEvents {
  let opts: VerifyTextOptions = { verbose: flags.verbose };
  return {
    onPlan: (plan) => {
      const names = [...plan.checks, ...plan.proofs].map((e) => e.name.length);
      opts = { ...opts, nameWidth: Math.min(40, Math.max(0, ...names)) };
    },
    onCheck: (entry) => {
      if (!flags.quiet || entry.status !== 'pass') io.out(renderCheckEntry(entry, opts));
    },
    onProof: (entry) => {
      if (!flags.quiet || entry.status !== 'pass') io.out(renderProofEntry(entry, opts));
    },
  };
}

/** Adds the `verify` command to `program`. */
export function registerVerify(program: Command, io: CliIo,
  finish: (code: number) => void): void {
  program.command('verify')
    .description('run every check and proof of a verification plan and compare each verdict ' +
      'with the expected one; writes JUnit XML, SARIF and a Markdown summary')
    .argument('[plan.ts]', 'the plan file (exports definePlan({...}))', DEFAULT_PLAN)
    .option('--report-dir <dir>', 'where to write junit.xml, results.sarif, summary.md and ' +
      'trace reports', 'reports')
    .option('--json', 'print one JSON document on stdout and nothing else there')
    .option('-q, --quiet', 'print only entries not as expected, and the summary')
    .option('-v, --verbose', "every lemma's verdict; stack traces on errors")
    .action(async (plan: string, o: { reportDir: string; json?: boolean; quiet?: boolean;
      verbose?: boolean }) => {
      finish(await runVerifyCommand(plan, { reportDir: o.reportDir, json: o.json === true,
        quiet: o.quiet === true, verbose: o.verbose === true }, io));
    });
}
