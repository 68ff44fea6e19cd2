/**
 * What every renderer of a `verify` run receives: each check and proof of
 * the plan with the verdict it was expected to have, the verdict it got, and
 * whether the two agree.
 */
import type { CheckExpectation } from '../props/index.ts';
import type { LemmaReport } from '../smt/index.ts';
import type { CheckReport } from './check-report.ts';

/** Why an entry ended without a verdict. */
export interface EntryError {
  /** A stable short code, for example `bad-param`, `SMT101` or `internal`. */
  readonly code: string;
  readonly message: string;
  /** What to do next. */
  readonly hint: string | undefined;
  /** A stack trace or other detail, for `--verbose`. */
  readonly detail: string | undefined;
  /** True for a fault in faultline itself (exit 3); false for bad input (exit 2). */
  readonly internal: boolean;
}

/** What every check entry records, whatever its outcome. */
interface CheckEntryBase {
  readonly kind: 'check';
  readonly name: string;
  /** The model file, relative to the directory verify ran in. */
  readonly file: string;
  readonly expect: CheckExpectation;
  /** The pinned distinct-state count, when the plan gives one. */
  readonly expectDistinct: number | undefined;
  readonly seconds: number;
  /** A shell command that runs this check alone. */
  readonly replayCommand: string;
  /** The 1-based line where each property is declared in the model file, when found. */
  readonly lines: Readonly<Record<string, number>>;
}

/**
 * One check's outcome: `pass` (verdict and count as expected), `fail` (a
 * verdict was reached but not the expected one; `reason` says how it
 * differs) or `error` (no verdict: the model threw, or faultline failed).
 */
export type CheckEntryReport = CheckEntryBase & (
  | { readonly status: 'pass'; readonly run: CheckReport }
  | { readonly status: 'fail'; readonly run: CheckReport; readonly reason: string }
  | { readonly status: 'error'; readonly error: EntryError }
);

/** One lemma beside its declared verdict. `unknown` never passes. */
export interface LemmaEntryReport {
  readonly lemma: LemmaReport;
  readonly status: 'pass' | 'fail';
  /** Why it failed: `proved, declared refuted`. */
  readonly reason: string | undefined;
  /** The 1-based line where the lemma is declared, when found. */
  readonly line: number | undefined;
  /** A shell command that proves this lemma alone. */
  readonly replayCommand: string;
}

/** One proof file's outcome. `error` when any lemma (or the file) could not be proved at all. */
export interface ProofEntryReport {
  readonly kind: 'proof';
  readonly name: string;
  /** The proof file, relative to the directory verify ran in. */
  readonly file: string;
  /** The arithmetic declaration's name, once read. */
  readonly model: string | undefined;
  readonly status: 'pass' | 'fail' | 'error';
  readonly lemmas: readonly LemmaEntryReport[];
  readonly errors: readonly EntryError[];
  readonly seconds: number;
  /** A shell command that proves the whole entry again. */
  readonly replayCommand: string;
}

/** A whole `verify` run. */
export interface VerifyReport {
  /** The plan file as given. */
  readonly planFile: string;
  readonly planName: string;
  readonly checks: readonly CheckEntryReport[];
  readonly proofs: readonly ProofEntryReport[];
  readonly seconds: number;
  /** The absolute directory that `file` paths are relative to (the SARIF source root). */
  readonly root: string;
  /** faultline's version, for SARIF's tool description. */
  readonly toolVersion: string;
}

/** Counts over a run; a lemma is a test case of its own. */
export interface VerifyTotals {
  readonly checks: number;
  readonly proofFiles: number;
  readonly lemmas: number;
  /** Checks and lemmas not as expected. */
  readonly failed: number;
  /** Checks and proof files that ended without a verdict. */
  readonly errors: number;
}

/** Counts the checks, proof files, lemmas, failures and errors of `report`. */
export function verifyTotals(report: VerifyReport): VerifyTotals {
  const lemmas = report.proofs.flatMap((p) => p.lemmas);
  return {
    checks: report.checks.length,
    proofFiles: report.proofs.length,
    lemmas: lemmas.length,
    failed: report.checks.filter((c) => c.status === 'fail').length
      + lemmas.filter((l) => l.status === 'fail').length,
    errors: report.checks.filter((c) => c.status === 'error').length
      + report.proofs.filter((p) => p.errors.length > 0).length,
  };
}

/** True when every entry reached its expected verdict. */
export function verifyPassed(report: VerifyReport): boolean {
  const totals = verifyTotals(report);
  return totals.failed === 0 && totals.errors === 0;
}

/** The verdict a lemma was declared to have: `proved` unless it says otherwise. */
export function declaredVerdict(lemma: LemmaReport): 'proved' | 'refuted' {
  return lemma.expect ?? 'proved';
}
