/**
 * The report layer: renderers of check results (terminal text, JSON, ITF
 * traces, Markdown, self-contained HTML with a sequence diagram) and atomic
 * writing of report files; for `verify`, JUnit XML, SARIF, a Markdown
 * summary and a JSON document.
 */
export type { CheckReport, CheckSettings } from './check-report.ts';
export { renderText } from './text.ts';
export type { TextOptions } from './text.ts';
export { checkToJson, CHECK_JSON_FORMAT } from './json.ts';
export type { CheckJson, StepJson, VerdictJson } from './json.ts';
export { traceToItf, toItfValue } from './itf.ts';
export type { ItfSource, ItfState, ItfTrace, ItfValue } from './itf.ts';
export { renderMarkdown } from './markdown.ts';
export { renderHtml } from './html.ts';
export { sequenceDiagram, lifelines } from './sequence-diagram.ts';
export { writeFileAtomic } from './write-atomic.ts';
export type { WriteResult } from './write-atomic.ts';
export { reportStem, writeReportFiles } from './report-files.ts';
export type { ReportFilesResult } from './report-files.ts';
export { formatChange, formatCount, formatSeconds, formatValue } from './format.ts';
export { describeProperty, verdictWord } from './verdict-text.ts';
export type {
  CheckEntryReport, EntryError, LemmaEntryReport, ProofEntryReport, VerifyReport, VerifyTotals,
} from './verify-report.ts';
export { declaredVerdict, verifyPassed, verifyTotals } from './verify-report.ts';
export { renderCheckEntry, renderProofEntry, renderVerifySummary } from './verify-text.ts';
export type { VerifyTextOptions } from './verify-text.ts';
export { renderJunit, xmlEscape } from './junit.ts';
export { SARIF_SCHEMA, verifyToSarif } from './sarif.ts';
export type { SarifLocation, SarifLog, SarifResult, SarifRule } from './sarif.ts';
export { renderVerifySummaryMarkdown } from './verify-summary.ts';
export { VERIFY_JSON_FORMAT, verifyToJson } from './verify-json.ts';
export type { CheckEntryJson, ProofEntryJson, VerifyJson } from './verify-json.ts';
export { checkReportDir, writeVerifyReports } from './verify-files.ts';
