/** The Markdown and HTML reports, the sequence diagram, and atomic writing. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifelines, renderHtml, renderMarkdown, sequenceDiagram, writeFileAtomic,
  writeReportFiles } from '../../src/report/index.ts';
import type { Trace } from '../../src/trace/index.ts';
import lostMessage from '../fixtures/violated-lost-message.ts';
import naiveLock from '../fixtures/violated-naive-lock.ts';
import { reportFor } from './make-report.ts';

describe('renderMarkdown', () => {
  it('has the verdict, the counts, coverage and one table row per step', () => {
    const md = renderMarkdown(reportFor(lostMessage, 'lost.ts'));
    expect(md).toContain("**VIOLATED**: invariant 'NoLoss' is false in a reachable state.");
    expect(md).toContain('| 4 | 4 | 2 | 0.50 s |');
    expect(md).toContain('| 1 | Send | 0 | 0 -> 1 "data" | `sent: false -> true`<br>' +
      '`inFlight: {} -> {1}` |');
    expect(md).toContain('| 2 | Lose *(fault)* |  |  | `inFlight: {1} -> {}` |');
    expect(md).toContain("invariant 'NoLoss' fails after step 2.");
    expect(md).toContain('```sh\nnpx faultline check lost.ts\n```');
  });
});

describe('sequenceDiagram', () => {
  const lock = reportFor(naiveLock, 'lock.ts', { n: 3 }).trace!;

  it('draws a lifeline per process and an arrow per receiver', () => {
    expect(lifelines(lock)).toEqual([0, 1, 2]);
    const svg = sequenceDiagram(lock, "invariant 'MutualExclusion'");
    expect(svg.match(/<g class="lane">/g)).toHaveLength(3);
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(4);
    expect(svg.match(/<g class="step">/g)).toHaveLength(4);
    expect(svg).toContain('✗ invariant &#39;MutualExclusion&#39;');
  });

  it('puts steps without a process on an env lifeline and marks faults', () => {
    const lost = reportFor(lostMessage, 'lost.ts').trace!;
    expect(lifelines(lost)).toEqual([0, 1, 'env']);
    const svg = sequenceDiagram(lost, undefined);
    expect(svg.match(/<g class="step fault">/g)).toHaveLength(1);
    expect(svg).not.toContain('class="violation"');
  });

  it('escapes labels', () => {
    const evil: Trace = { ...lock, steps: [{ ...lock.steps[0]!, label: '<script>x</script>' }] };
    const svg = sequenceDiagram(evil, undefined);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('renderHtml', () => {
  it('is one self-contained document with the diagram and the step changes', () => {
    const html = renderHtml(reportFor(lostMessage, 'lost.ts'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)\b|src=|url\(http/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<tr class="fault"><td class="n">2</td><td>Lose (fault)</td>');
    expect(html).toContain('inFlight: {} -&gt; {1}');
    expect(html).toContain('<pre>npx faultline check lost.ts</pre>');
  });
});

describe('writing report files', () => {
  it('writes atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-report-'));
    const path = join(dir, 'sub', 'r.md');
    expect(writeFileAtomic(path, 'first')).toEqual({ ok: true, path });
    expect(writeFileAtomic(path, 'second')).toEqual({ ok: true, path });
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['r.md']);
  });

  it('reports a path it cannot write, naming it, and leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-report-'));
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    const r = writeFileAtomic(join(blocker, 'r.md'), 'content');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(`could not write report '${join(blocker, 'r.md')}'`);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('writes md, json, html and, for a counterexample, itf', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-report-'));
    const r = writeReportFiles(dir, reportFor(naiveLock, 'lock.ts', { n: 2 }));
    expect(r.ok && r.paths.map((p) => p.slice(dir.length + 1))).toEqual([
      'naive-lock-n2.md', 'naive-lock-n2.json', 'naive-lock-n2.html', 'naive-lock-n2.itf.json']);
    expect(existsSync(join(dir, 'naive-lock-n2.itf.json'))).toBe(true);
  });
});
