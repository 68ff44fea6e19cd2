/**
 * The report layer: renderers of check results (terminal text, JSON, ITF
 * traces, Markdown, self-contained HTML with a sequence diagram) and atomic
 * writing of report files.
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
