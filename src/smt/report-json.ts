/**
 * The machine rendering of a prove report (`--json`): the report itself plus
 * a format tag, the exit code and the summary counts.
 */
import { proveExitCode } from './exit-code.ts';
import type { ProveReport } from './report.ts';

/** The JSON text of a report, stable in shape (`format` names the schema). */
export function proveReportToJson(report: ProveReport): string {
  const count = (kind: string) => report.lemmas.filter((l) => l.verdict.kind === kind).length;
  return JSON.stringify({
    format: 'faultline-prove/1',
    exitCode: proveExitCode(report),
    summary: {
      lemmas: report.lemmas.length,
      proved: count('proved'),
      refuted: count('refuted'),
      unknown: count('unknown'),
      notAsDeclared: report.lemmas.filter((l) => !l.asExpected).length,
      errors: report.errors.length,
    },
    ...report,
  }, null, 2);
}
