/**
 * Running a verification plan: load and prepare it, run every check and
 * proof in order, judge each verdict against the plan, and return a typed
 * `VerifyReport`. Nothing here prints; the command turns the events and the
 * report into text and files, and picks the exit code with `verifyExitCode`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { verifyTotals, type CheckEntryReport, type EntryError, type ProofEntryReport,
  type VerifyReport } from '../report/index.ts';
import type { ValidPlan } from '../props/index.ts';
import { ExitCode } from './exit-codes.ts';
import type { Outcome } from './failure.ts';
import { loadPlan } from './load-plan.ts';
import { runPlanCheck } from './verify-check.ts';
import { prepareChecks, prepareProofs, type PreparedProof } from './verify-prepare.ts';
import { runPlanProofs } from './verify-proof.ts';

/** What a running plan reports as it goes, for progress lines. */
export interface VerifyEvents {
  /** The plan was loaded and every entry prepared; nothing has run yet. */
  readonly onPlan?: (plan: ValidPlan) => void;
  readonly onCheck?: (entry: CheckEntryReport) => void;
  readonly onProof?: (entry: ProofEntryReport) => void;
}

/**
 * Runs the plan in `planFile` (resolved against `cwd`). A plan that cannot be
 * run at all (missing file, unknown parameter or property) is a failure with
 * exit code 2, found before any search starts; an entry that fails while
 * running is recorded in the report as an error and the rest still run.
 */
export async function runVerify(planFile: string, cwd: string, events: VerifyEvents = {}):
  Promise<Outcome<VerifyReport>> {
  const started = performance.now();
  const loaded = await loadPlan(planFile, cwd);
  if (!loaded.ok) return loaded;
  const checks = await prepareChecks(loaded.value, cwd);
  if (!checks.ok) return checks;
  const proofs = await prepareProofs(loaded.value, cwd);
  if (!proofs.ok) return proofs;
  events.onPlan?.(loaded.value.plan);

  const checkReports: CheckEntryReport[] = [];
  for (const check of checks.value) {
    const report = await runPlanCheck(check);
    checkReports.push(report);
    events.onCheck?.(report);
  }
  const proofReports = await proveAll(proofs.value, cwd, events);
  return { ok: true, value: {
    planFile, planName: loaded.value.plan.name, checks: checkReports, proofs: proofReports,
    seconds: (performance.now() - started) / 1000, root: cwd, toolVersion: toolVersion(),
  } };
}

async function proveAll(proofs: readonly PreparedProof[], cwd: string,
  events: VerifyEvents): Promise<ProofEntryReport[]> {
  if (proofs.length === 0) return [];
  return runPlanProofs(proofs, cwd, (p) => events.onProof?.(p));
}

/**
 * The exit code of a verify run: 3 when faultline itself failed on an entry,
 * 2 when an entry could not run (bad model or proof file), 1 when a verdict
 * is not as expected, 0 when every one is. Never 4: a bound that cut a
 * search the plan expected to hold is a mismatch, exit code 1.
 */
export function verifyExitCode(report: VerifyReport): ExitCode {
  const errors: EntryError[] = [
    ...report.checks.flatMap((c) => (c.status === 'error' ? [c.error] : [])),
    ...report.proofs.flatMap((p) => p.errors),
  ];
  if (errors.some((e) => e.internal)) return ExitCode.internal;
  if (errors.length > 0) return ExitCode.badInput;
  return verifyTotals(report).failed > 0 ? ExitCode.violated : ExitCode.ok;
}

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as
      { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
