/**
 * The Z3 prover: threshold and quorum arithmetic written in TypeScript,
 * proved for all sizes or refuted with the smallest counterexample.
 *
 * Call `shutdownProver()` when done so Z3's worker threads let the process exit.
 */
export { type ProveOptions, defaultTimeoutMs, proveFile } from './prove-file.ts';
export { shutdownProver } from './internal/z3-session.ts';
export { renderProveText, summaryLine } from './render-text.ts';
export { renderProveError } from './render-error.ts';
export { proveReportToJson } from './report-json.ts';
export { ProveExit, proveExitCode } from './exit-code.ts';
export type {
  LemmaParameters, LemmaReport, ProveError, ProveReport, SourceLocation, TranslateCode, Verdict,
} from './report.ts';
