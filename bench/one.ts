/**
 * One benchmark measurement in a fresh process: loads a shipped model as the
 * CLI does, explores it with default options, and prints one JSON line with
 * the counts, the search time and the memory the search added.
 * Usage: tsx bench/one.ts <model.ts> <param=value>... | tsx bench/one.ts --reference <rm>
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { compileModel, explore, isModel } from '../src/index.ts';
import { referenceTwoPhase } from './reference-two-phase.ts';
import type { Measurement } from './measurement.ts';

function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

async function measureModel(file: string, assignments: string[]): Promise<Measurement> {
  const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
  if (!isModel(mod.default)) throw new Error(`${file} has no default-exported model`);
  const params = Object.fromEntries(assignments.map((a) => a.split('=') as [string, string]));
  const cm = compileModel(mod.default, params);
  const rssBefore = process.memoryUsage().rss;
  const result = explore(cm);
  if (result.verdict.kind !== 'holds') throw new Error(`unexpected verdict ${result.verdict.kind}`);
  const { distinct, generated, seconds } = result.stats;
  return { distinct, generated, seconds, rssBefore, peakRss: peakRss() };
}

function measureReference(rm: number): Measurement {
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const r = referenceTwoPhase(rm);
  const seconds = (performance.now() - start) / 1000;
  return { ...r, seconds, rssBefore, peakRss: peakRss() };
}

const [first, ...rest] = process.argv.slice(2);
const m = first === '--reference'
  ? measureReference(Number(rest[0]))
  : await measureModel(first!, rest);
process.stdout.write(`${JSON.stringify(m)}\n`);
