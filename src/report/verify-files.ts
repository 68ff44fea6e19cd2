/**
 * The files `verify` writes into its report directory: `junit.xml`,
 * `results.sarif`, `summary.md`, and for each check with a counterexample its
 * Markdown, JSON, HTML and ITF reports under `checks/<check>/`. Every file is
 * written atomically.
 */
import { basename, join } from 'node:path';
import { renderJunit } from './junit.ts';
import type { ReportFilesResult } from './report-files.ts';
import { writeReportFiles } from './report-files.ts';
import { verifyToSarif } from './sarif.ts';
import { renderVerifySummaryMarkdown } from './verify-summary.ts';
import type { VerifyReport } from './verify-report.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The directory, under the report directory, that holds one check's trace reports. */
export function checkReportDir(checkName: string): string {
  return join('checks', checkName.replace(/[^A-Za-z0-9._-]+/g, '_'));
}

/** Writes every report of `report` into `dir`; stops at the first write that fails. */
export function writeVerifyReports(dir: string, report: VerifyReport): ReportFilesResult {
  const paths: string[] = [];
  const traceLinks: Record<string, string> = {};
  for (const c of report.checks) {
    if (c.status === 'error' || c.run.trace === undefined) continue;
    const sub = checkReportDir(c.name);
    const written = writeReportFiles(join(dir, sub), c.run);
    if (!written.ok) return written;
    paths.push(...written.paths);
    const html = written.paths.find((p) => p.endsWith('.html'));
    if (html !== undefined) traceLinks[c.name] = join(sub, basename(html));
  }
  const files: [string, string][] = [
    ['junit.xml', renderJunit(report)],
    ['results.sarif', `${JSON.stringify(verifyToSarif(report), null, 2)}\n`],
    ['summary.md', renderVerifySummaryMarkdown(report, traceLinks)],
  ];
  for (const [name, content] of files) {
    const written = writeFileAtomic(join(dir, name), content);
    if (!written.ok) return { ok: false, message: written.message };
    paths.push(written.path);
  }
  return { ok: true, paths };
}
