/**
 * `npm run bench`: times faultline on the shipped two-phase commit model
 * against a hand-written packed-integer BFS (bench/reference-two-phase.ts,
 * a baseline faultline never uses), each run in a fresh process, and prints
 * a table of medians and the ratio measured in this same run.
 *
 * Options: --runs N (default 3), --quick (skip the 10 M-state memory run).
 */
import { execFileSync } from 'node:child_process';
import type { Measurement } from './measurement.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const quick = args.includes('--quick');
const model = 'models/two-phase-commit.ts';

function once(argv: string[]): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/one.ts', ...argv], {
    encoding: 'utf8', maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Row {
  name: string;
  params: string;
  ms: Measurement[];
}

function row(r: Row): string[] {
  const m = r.ms[0]!;
  const secs = median(r.ms.map((x) => x.seconds));
  const bytes = median(r.ms.map((x) => (x.peakRss - x.rssBefore) / x.distinct));
  const peak = median(r.ms.map((x) => x.peakRss)) / 2 ** 20;
  return [r.name, r.params, m.distinct.toLocaleString('en'), m.generated.toLocaleString('en'),
    secs.toFixed(2), Math.round(m.generated / secs).toLocaleString('en'),
    Math.round(m.distinct / secs).toLocaleString('en'), `${peak.toFixed(0)} MiB`, bytes.toFixed(1)];
}

function table(rows: string[][]): string {
  const head = ['model', 'params', 'distinct', 'generated', 'seconds', 'generated/s', 'distinct/s',
    'peak RSS', 'bytes/state'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fl7: Row = { name: 'faultline', params: 'rm=7', ms: [] };
const fl8: Row = { name: 'faultline', params: 'rm=8', ms: [] };
const ref8: Row = { name: 'reference (baseline)', params: 'rm=8', ms: [] };
for (let i = 0; i < runs; i++) {
  // Interleave so that machine noise hits both sides alike.
  ref8.ms.push(once(['--reference', '8']));
  fl8.ms.push(once([model, 'rm=8']));
  fl7.ms.push(once([model, 'rm=7']));
}
const rows = [fl7, fl8, ref8];
if (!quick) rows.push({ name: 'faultline', params: 'rm=9', ms: [once([model, 'rm=9'])] });
for (const r of [fl8, ref8]) {
  if (r.ms.some((m) => m.distinct !== 1_745_408 || m.generated !== 18_507_778)) {
    throw new Error(`${r.name} counted wrong states for rm=8: the benchmark is invalid`);
  }
}
console.log(table(rows.map(row)));
const ratio = median(fl8.ms.map((m) => m.seconds)) / median(ref8.ms.map((m) => m.seconds));
console.log(`\nfaultline / reference at rm=8 (medians of ${runs}): ${ratio.toFixed(2)}x`);
