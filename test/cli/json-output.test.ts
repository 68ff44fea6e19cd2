/**
 * `--json`: exactly one JSON document on stdout, for verdicts and errors
 * alike, and `--report-dir` writing the same document beside the other
 * reports.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { faultline } from './spawn-cli.ts';

describe.concurrent('--json', () => {
  it('prints one parseable document for a violation, with the trace', async ({ expect }) => {
    const run = await faultline(['check', 'test/fixtures/violated-lost-message.ts', '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(doc.format).toBe('faultline-check/1');
    expect(doc.verdict).toEqual({ kind: 'violated',
      property: { kind: 'invariant', name: 'NoLoss' }, traceLength: 2 });
    const trace = doc.trace as { steps: { label: string; kind: string }[] };
    expect(trace.steps.map((s) => [s.label, s.kind])).toEqual([['Send', 'protocol'],
      ['Lose', 'fault']]);
    expect(doc.replay).toBe(
      'npx faultline check test/fixtures/violated-lost-message.ts --invariant NoLoss');
    expect(run.stderr).toBe('');
  });

  it('prints one parseable document for bad input too', async ({ expect }) => {
    const run = await faultline(['check', 'models/two-phase-commit.ts', '--json',
      '--param', 'rm=0']);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { format: string; error: Record<string, unknown> };
    expect(doc.format).toBe('faultline-error/1');
    expect(doc.error.code).toBe('bad-param');
    expect(doc.error.exitCode).toBe(2);
    expect(run.stderr).toContain("parameter 'rm' of model 'two-phase-commit'");
  });

  it('prints one parseable document for a usage error', async ({ expect }) => {
    const run = await faultline(['check', 'models/two-phase-commit.ts', '--json', '--nope']);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(doc.error.code).toBe('commander.unknownOption');
    expect(doc.error.message).toContain("unknown option '--nope'");
  });

  it('--report-dir writes md, json, html and itf files atomically', async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
    const run = await faultline(['check', 'test/fixtures/violated-naive-lock.ts',
      '--report-dir', dir, '--json']);
    expect(run.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['naive-lock-n2.html', 'naive-lock-n2.itf.json',
      'naive-lock-n2.json', 'naive-lock-n2.md']);
    const written = JSON.parse(readFileSync(join(dir, 'naive-lock-n2.json'), 'utf8')) as
      { stats: { seconds: number } };
    const printed = JSON.parse(run.stdout) as { stats: { seconds: number } };
    expect(written).toEqual(printed);
    const html = readFileSync(join(dir, 'naive-lock-n2.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Shortest trace (4 steps)');
    const itf = JSON.parse(readFileSync(join(dir, 'naive-lock-n2.itf.json'), 'utf8')) as
      { states: unknown[] };
    expect(itf.states).toHaveLength(5);
    expect(run.stderr).toContain(`report written: ${join(dir, 'naive-lock-n2.html')}`);
  });
});
