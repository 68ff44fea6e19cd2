/**
 * One check of a plan: explore the prepared model with the entry's options
 * (in a child process of its own), replay any counterexample here, and judge
 * the verdict and distinct count against what the plan expects.
 */
import { performance } from 'node:perf_hooks';
import type { SearchResult } from '../engine/index.ts';
import { judgeCheck } from '../props/index.ts';
import type { CheckEntryReport, CheckReport, EntryError } from '../report/index.ts';
import { replay, type Trace } from '../trace/index.ts';
import { ExitCode } from './exit-codes.ts';
import { fromModelError, type Failure } from './failure.ts';
import { replayCommand } from './replay-command.ts';
import { searchInChild } from './verify-isolated.ts';
import type { PreparedCheck } from './verify-prepare.ts';

/** Runs one prepared check; errors are recorded in the entry, never thrown. */
export async function runPlanCheck(check: PreparedCheck): Promise<CheckEntryReport> {
  const { entry, cm } = check;
  const started = performance.now();
  const settings = { strategy: entry.strategy, maxDepth: entry.maxDepth,
    maxStates: entry.maxStates, deadlock: entry.deadlock };
  const base = {
    kind: 'check' as const, name: entry.name, file: check.file, expect: entry.expect,
    expectDistinct: entry.distinct, lines: check.lines,
    replayCommand: replayCommand({ ...settings, file: check.file, params: cm.params,
      invariants: entry.invariants, verdict: { kind: 'holds' } }),
  };
  const seconds = () => (performance.now() - started) / 1000;

  const searched = await searchInChild({ modelPath: check.path, params: cm.params,
    options: { ...settings, invariants: entry.invariants } }, `check '${entry.name}'`);
  if (!searched.ok) {
    return { ...base, status: 'error', error: entryError(searched.failure), seconds: seconds() };
  }
  const result = searched.value;
  const trace = traceOf(check, result);
  if (!trace.ok) return { ...base, status: 'error', error: trace.error, seconds: seconds() };

  const command = replayCommand({ ...settings, file: check.file, params: cm.params,
    invariants: entry.invariants, verdict: result.verdict });
  const run: CheckReport = {
    file: check.file, model: cm.name, params: cm.params, settings, result, trace: trace.value,
    checked: {
      invariants: entry.invariants.length > 0 ? [...entry.invariants]
        : cm.invariants.map((i) => i.name),
      stepProperties: cm.stepProperties.map((p) => p.name),
    },
    replayCommand: command,
  };
  const judged = judgeCheck(entry.expect, entry.distinct, result);
  const done = { ...base, replayCommand: command, run, seconds: seconds() };
  return judged.pass ? { ...done, status: 'pass' }
    : { ...done, status: 'fail', reason: judged.reason };
}

type Replayed = { readonly ok: true; readonly value: Trace | undefined } |
  { readonly ok: false; readonly error: EntryError };

function traceOf(check: PreparedCheck, result: SearchResult): Replayed {
  const v = result.verdict;
  if (v.kind !== 'violated' || v.path === undefined) return { ok: true, value: undefined };
  const replayed = replay(check.cm, v.path);
  if (replayed.ok) return { ok: true, value: replayed.trace };
  const e = replayed.error;
  const base = e.kind === 'model-error' ? fromModelError(e.error) : undefined;
  return { ok: false, error: entryError({
    exitCode: ExitCode.badInput, code: base?.code ?? 'nondeterministic',
    message: `model '${check.cm.name}': the counterexample could not be replayed: ${e.message}`,
    hint: e.hint, detail: base?.detail,
  }) };
}

/** An entry's error from a CLI failure: internal when faultline itself failed. */
export function entryError(f: Failure): EntryError {
  return { code: f.code, message: f.message, hint: f.hint, detail: f.detail,
    internal: f.exitCode === ExitCode.internal };
}
