/**
 * Proving a file: read the `arithmetic` declaration's source and value,
 * translate each lemma, ask Z3, minimise and check counterexamples against
 * the running code, and collect everything into a report. Never throws.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArithmeticDeclaration } from '../model/index.ts';
import { planLemma } from './internal/lemma-plan.ts';
import { loadSourceFile } from './internal/project.ts';
import {
  type SourceDeclaration, type SourceLemma, readDeclaration,
} from './internal/read-declaration.ts';
import { importDeclaration, renderWitness, reproduces } from './internal/runtime.ts';
import { type SolveOutcome, solveLemma } from './internal/solve-lemma.ts';
import type { LemmaReport, ProveError, ProveReport, Verdict } from './report.ts';

/** Options of `proveFile`. */
export interface ProveOptions {
  /** Z3's time budget per query, in milliseconds (default 10000). */
  readonly timeoutMs?: number;
  /** Prove only these lemmas (by name); all when absent. */
  readonly lemma?: readonly string[];
}

/** The default per-query timeout. */
export const defaultTimeoutMs = 10_000;

/**
 * Proves every lemma of the `arithmetic` declaration exported by a file (or
 * re-exported by it). The file is read with ts-morph and also imported, so it
 * must be loadable by the running process (under tsx or vitest for `.ts`).
 * Returns a report; problems are reported as errors, never thrown.
 */
export async function proveFile(path: string, options: ProveOptions = {}): Promise<ProveReport> {
  const started = performance.now();
  let model: string | undefined;
  const lemmas: LemmaReport[] = [];
  const errors: ProveError[] = [];
  try {
    model = await proveInto(resolve(path), options, lemmas, errors);
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    errors.push({ kind: 'internal', code: 'SMT900', message });
  }
  return { file: path, model, lemmas, errors, elapsedMs: Math.round(performance.now() - started) };
}

async function proveInto(
  path: string, options: ProveOptions, lemmas: LemmaReport[], errors: ProveError[],
): Promise<string | undefined> {
  if (!existsSync(path)) {
    errors.push({ kind: 'file-missing', code: 'SMT001', file: path, message: 'no such file' });
    return undefined;
  }
  const source = readDeclaration(loadSourceFile(path));
  if (!source.ok) return void errors.push(source.error);
  const runtime = await importDeclaration(path);
  if (!runtime.ok) return void errors.push(runtime.error);

  const declaration = runtime.declaration;
  const selected = select(source.declaration, declaration, options.lemma, errors);
  for (const lemma of selected) {
    const result = await proveLemma(declaration, source.declaration, lemma,
      options.timeoutMs ?? defaultTimeoutMs);
    if ('verdict' in result) lemmas.push(result);
    else errors.push(result);
  }
  return declaration.name;
}

function select(
  source: SourceDeclaration, runtime: ArithmeticDeclaration, wanted: readonly string[] | undefined,
  errors: ProveError[],
): SourceLemma[] {
  const known = source.lemmas.map((l) => l.name);
  const values = Object.keys(runtime.lemmas);
  if (known.length !== values.length || values.some((name) => !known.includes(name))) {
    errors.push({ kind: 'bad-declaration', code: 'SMT003',
      message: `the lemmas in the source (${known.join(', ')}) differ from the exported value's `
        + `(${values.join(', ')})` });
    return [];
  }
  for (const name of wanted ?? []) {
    if (!known.includes(name)) {
      errors.push({ kind: 'unknown-lemma', code: 'SMT004', lemma: name, known,
        message: `no lemma named '${name}'` });
    }
  }
  return source.lemmas.filter((l) => wanted === undefined || wanted.includes(l.name));
}

async function proveLemma(
  declaration: ArithmeticDeclaration, source: SourceDeclaration, lemma: SourceLemma,
  timeoutMs: number,
): Promise<LemmaReport | ProveError> {
  const started = performance.now();
  const spec = declaration.lemmas[lemma.name]!;
  const planned = planLemma(declaration, spec, source, lemma);
  if (!planned.ok) return planned.error;

  const { plan } = planned;
  const outcome = await solveLemma(plan, timeoutMs);
  const verdict = toVerdict(outcome, (values) => {
    const check = reproduces(declaration, spec, plan.parameters, values);
    return check.ok ? undefined : check.reason;
  }, (values) => renderWitness(spec, values));
  return {
    name: lemma.name, doc: spec.doc, expect: spec.expect, verdict,
    asExpected: verdict.kind === (spec.expect ?? 'proved'),
    variables: plan.variables.map((v) => v.name), parameters: plan.parameters,
    elapsedMs: Math.round(performance.now() - started),
  };
}

type Values = Record<string, number>;

function toVerdict(
  outcome: SolveOutcome, disagreement: (v: Values) => string | undefined,
  witness: (v: Values) => string | undefined,
): Verdict {
  if (outcome.kind !== 'refuted') return outcome;
  const reason = disagreement(outcome.values);
  if (reason !== undefined) return { kind: 'unknown', reason };
  const text = witness(outcome.values);
  return {
    kind: 'refuted', counterexample: outcome.values, minimal: outcome.minimal,
    ...(text === undefined ? {} : { witness: text }),
  };
}
