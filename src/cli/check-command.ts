/**
 * `faultline check`: load a model, compile it with the given parameters,
 * explore it, replay any counterexample, and report the verdict as text or
 * JSON (and as files with `--report-dir`). Exit code: 0 holds, 1 violated,
 * 2 bad input or impure model, 3 internal error, 4 incomplete.
 */
import type { CompiledModel } from '../engine/index.ts';
import type { SearchResult } from '../engine/index.ts';
import { compileModel, explore } from '../index.ts';
import { checkToJson, renderText, writeReportFiles, type CheckReport } from '../report/index.ts';
import { replay, type Trace } from '../trace/index.ts';
import { exitCodeForVerdict, ExitCode } from './exit-codes.ts';
import { classifyThrown, fail, fromModelError, reportFailure, type Outcome } from './failure.ts';
import type { CliIo } from './io.ts';
import { loadModel } from './load-model.ts';
import { progressPrinter } from './progress.ts';
import { replayCommand } from './replay-command.ts';

/** The flags of `check`, parsed. */
export interface CheckFlags {
  /** `--param name=value`, already split. */
  readonly param: Readonly<Record<string, string>>;
  readonly strategy: 'bfs' | 'dfs';
  readonly maxDepth: number | undefined;
  readonly maxStates: number | undefined;
  readonly invariant: readonly string[];
  readonly deadlock: boolean;
  readonly json: boolean;
  readonly reportDir: string | undefined;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** Seconds between progress lines; 0 turns them off. */
  readonly progressEvery: number;
}

/** Runs `check` on `file`; returns the exit code. */
export async function runCheck(file: string, flags: CheckFlags, io: CliIo): Promise<number> {
  const style = { json: flags.json, verbose: flags.verbose, command: 'check' };
  const loaded = await loadModel(file, io.cwd);
  if (!loaded.ok) return reportFailure(io, loaded.failure, style);

  const checked = checkModel(file, loaded.value.model, flags, io);
  if (!checked.ok) return reportFailure(io, checked.failure, style);
  const report = checked.value;

  if (flags.reportDir !== undefined) {
    const written = writeReportFiles(flags.reportDir, report);
    if (!written.ok) {
      return reportFailure(io, { exitCode: ExitCode.badInput, code: 'report-write',
        message: written.message, hint: 'check that --report-dir names a writable directory' },
      style);
    }
    if (!flags.quiet) io.err(written.paths.map((p) => `report written: ${p}\n`).join(''));
  }
  if (flags.json) io.out(`${JSON.stringify(checkToJson(report), null, 2)}\n`);
  else io.out(renderText(report, { quiet: flags.quiet, verbose: flags.verbose }));
  return exitCodeForVerdict(report.result.verdict);
}

function checkModel(file: string, model: Parameters<typeof compileModel>[0], flags: CheckFlags,
  io: CliIo): Outcome<CheckReport> {
  let cm: CompiledModel;
  let result: SearchResult;
  const progress = progressPrinter(io);
  try {
    cm = compileModel(model, flags.param);
    result = explore(cm, {
      strategy: flags.strategy, maxDepth: flags.maxDepth, maxStates: flags.maxStates,
      deadlock: flags.deadlock, invariants: flags.invariant,
      progressEveryMs: flags.progressEvery * 1000,
      onEvent: flags.quiet || flags.progressEvery <= 0 ? undefined : progress.onEvent,
    });
  } catch (err) {
    return fail(classifyThrown(err));
  } finally {
    progress.finish();
  }
  const trace = traceOf(cm, result);
  if (!trace.ok) return trace;
  return { ok: true, value: buildReport(file, cm, flags, result, trace.value) };
}

function traceOf(cm: CompiledModel, result: SearchResult): Outcome<Trace | undefined> {
  const v = result.verdict;
  if (v.kind !== 'violated' || !v.path) return { ok: true, value: undefined };
  const replayed = replay(cm, v.path);
  if (replayed.ok) return { ok: true, value: replayed.trace };
  const e = replayed.error;
  const base = e.kind === 'model-error' ? fromModelError(e.error) : undefined;
  return fail({
    exitCode: ExitCode.badInput, code: base?.code ?? 'nondeterministic',
    message: `model '${cm.name}': the counterexample could not be replayed: ${e.message}`,
    hint: e.hint, detail: base?.detail,
  });
}

function buildReport(file: string, cm: CompiledModel, flags: CheckFlags, result: SearchResult,
  trace: Trace | undefined): CheckReport {
  const settings = {
    strategy: flags.strategy, maxDepth: flags.maxDepth, maxStates: flags.maxStates,
    deadlock: flags.deadlock,
  };
  const invariants = flags.invariant.length > 0
    ? [...flags.invariant] : cm.invariants.map((i) => i.name);
  return {
    file, model: cm.name, params: cm.params, settings, result, trace,
    checked: { invariants, stepProperties: cm.stepProperties.map((p) => p.name) },
    replayCommand: replayCommand({ ...settings, file, params: cm.params,
      invariants: flags.invariant, verdict: result.verdict }),
  };
}
