/**
 * The JSON document `faultline verify --json` prints (shape in
 * reports/README.md, versioned by `format`): every entry with its expected
 * and actual verdict, its status and how to replay it.
 */
import { describeExpectation } from '../props/index.ts';
import { checkToJson, type VerdictJson } from './json.ts';
import {
  declaredVerdict, verifyPassed, verifyTotals, type CheckEntryReport, type EntryError,
  type ProofEntryReport, type VerifyReport, type VerifyTotals,
} from './verify-report.ts';

/** The version of the JSON shape below. */
export const VERIFY_JSON_FORMAT = 'faultline-verify/1';

/** An entry's error as JSON. */
export interface EntryErrorJson {
  readonly code: string;
  readonly message: string;
  readonly hint: string | null;
  readonly internal: boolean;
}

/** One check as JSON; `verdict` and the counts are `null` when it ended in an error. */
export interface CheckEntryJson {
  readonly name: string;
  readonly file: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly expected: string;
  readonly expectedDistinct: number | null;
  readonly verdict: VerdictJson | null;
  readonly distinct: number | null;
  readonly generated: number | null;
  readonly seconds: number;
  readonly reason: string | null;
  readonly error: EntryErrorJson | null;
  readonly replay: string;
}

/** One proof file as JSON. */
export interface ProofEntryJson {
  readonly name: string;
  readonly file: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly seconds: number;
  readonly lemmas: readonly {
    readonly name: string;
    readonly status: 'pass' | 'fail';
    readonly declared: 'proved' | 'refuted';
    readonly verdict: string;
    readonly counterexample: Readonly<Record<string, number>> | null;
    readonly reason: string | null;
    readonly replay: string;
  }[];
  readonly errors: readonly EntryErrorJson[];
  readonly replay: string;
}

/** The whole document. */
export interface VerifyJson {
  readonly format: typeof VERIFY_JSON_FORMAT;
  readonly plan: string;
  readonly name: string;
  readonly passed: boolean;
  readonly totals: VerifyTotals;
  readonly seconds: number;
  readonly checks: readonly CheckEntryJson[];
  readonly proofs: readonly ProofEntryJson[];
}

/** Builds the JSON document of `report`. */
export function verifyToJson(report: VerifyReport): VerifyJson {
  return {
    format: VERIFY_JSON_FORMAT, plan: report.planFile, name: report.planName,
    passed: verifyPassed(report), totals: verifyTotals(report), seconds: report.seconds,
    checks: report.checks.map(checkJson), proofs: report.proofs.map(proofJson),
  };
}

function checkJson(c: CheckEntryReport): CheckEntryJson {
  const run = c.status === 'error' ? undefined : c.run;
  return {
    name: c.name, file: c.file, status: c.status, expected: describeExpectation(c.expect),
    expectedDistinct: c.expectDistinct ?? null,
    verdict: run === undefined ? null : checkToJson(run).verdict,
    distinct: run?.result.stats.distinct ?? null, generated: run?.result.stats.generated ?? null,
    seconds: c.seconds, reason: c.status === 'fail' ? c.reason : null,
    error: c.status === 'error' ? errorJson(c.error) : null, replay: c.replayCommand,
  };
}

function proofJson(p: ProofEntryReport): ProofEntryJson {
  return {
    name: p.name, file: p.file, status: p.status, seconds: p.seconds,
    lemmas: p.lemmas.map((l) => ({
      name: l.lemma.name, status: l.status, declared: declaredVerdict(l.lemma),
      verdict: l.lemma.verdict.kind,
      counterexample: l.lemma.verdict.kind === 'refuted' ? l.lemma.verdict.counterexample : null,
      reason: l.reason ?? null, replay: l.replayCommand,
    })),
    errors: p.errors.map(errorJson), replay: p.replayCommand,
  };
}

function errorJson(e: EntryError): EntryErrorJson {
  return { code: e.code, message: e.message, hint: e.hint ?? null, internal: e.internal };
}
