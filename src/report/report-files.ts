/**
 * The files `--report-dir` writes for one check: Markdown, JSON and HTML
 * reports and, when there is a counterexample, its ITF trace. Names are the
 * model's name and parameters, for example `two-phase-commit-rm3.html`.
 */
import { join } from 'node:path';
import type { CheckReport } from './check-report.ts';
import { renderHtml } from './html.ts';
import { traceToItf } from './itf.ts';
import { checkToJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { describeProperty } from './verdict-text.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The written paths, or the first write that failed (files before it stay written). */
export type ReportFilesResult =
  | { readonly ok: true; readonly paths: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The file name stem for a report: `model-param1value1-...`. */
export function reportStem(report: CheckReport): string {
  const params = Object.entries(report.params).map(([k, v]) => `${k}${v}`);
  return [report.model, ...params].join('-').replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Writes every report of `report` into `dir`, each atomically. */
export function writeReportFiles(dir: string, report: CheckReport): ReportFilesResult {
  const stem = join(dir, reportStem(report));
  const files: [string, string][] = [
    [`${stem}.md`, renderMarkdown(report)],
    [`${stem}.json`, `${JSON.stringify(checkToJson(report), null, 2)}\n`],
    [`${stem}.html`, renderHtml(report)],
  ];
  if (report.trace) {
    const v = report.result.verdict;
    const violated = v.kind === 'violated' ? describeProperty(v.property) : undefined;
    const itf = traceToItf(report.trace, { file: report.file, violated });
    files.push([`${stem}.itf.json`, `${JSON.stringify(itf, null, 2)}\n`]);
  }
  const paths: string[] = [];
  for (const [path, content] of files) {
    const written = writeFileAtomic(path, content);
    if (!written.ok) return { ok: false, message: written.message };
    paths.push(path);
  }
  return { ok: true, paths };
}
