/**
 * A lemma ready for the solver: its variables in minimisation order, the
 * hypotheses (ranges, resilience condition, `where`) and the claim, all as
 * terms. Building the plan is where untranslatable code is found.
 */
import type { Node } from 'ts-morph';
import type { ArithmeticDeclaration, LemmaSpec, VarRange } from '../../model/index.ts';
import type { LemmaParameters, ProveError } from '../report.ts';
import type { Interval, Ranges } from './interval.ts';
import { locate } from './location.ts';
import { rational } from './rational.ts';
import type { SourceDeclaration, SourceLemma } from './read-declaration.ts';
import type { FunctionNode } from './resolve.ts';
import { newSession, type TranslateSession } from './scope.ts';
import {
  type BoolTerm, type NumTerm, and, bool, cmp, isBool, num, variable,
} from './term.ts';
import { TranslateError } from './translate-error.ts';
import { translateFunction } from './translate-function.ts';

/** One quantified variable. */
export interface PlanVariable {
  readonly name: string;
  readonly sort: 'int' | 'real';
  readonly range: VarRange;
}

/** A lemma as terms. */
export interface LemmaPlan {
  readonly variables: readonly PlanVariable[];
  /** The declared ranges of the variables, as intervals. */
  readonly intervals: Ranges;
  readonly parameters: LemmaParameters;
  readonly hypotheses: BoolTerm;
  readonly claim: BoolTerm;
}

/** A plan, or the error that stopped it. */
export type PlanResult =
  | { readonly ok: true; readonly plan: LemmaPlan }
  | { readonly ok: false; readonly error: ProveError };

/** Translates one lemma's predicates into a plan. */
export function planLemma(
  runtime: ArithmeticDeclaration, spec: LemmaSpec, source: SourceDeclaration, lemma: SourceLemma,
): PlanResult {
  const ranges = new Map<string, VarRange>([
    ...Object.entries(runtime.sizes), ...Object.entries(spec.vars ?? {}),
  ]);
  const assume = lemma.assume ?? source.assume;
  const parameters: LemmaParameters = {
    claim: parameterNames(lemma.claim),
    where: lemma.where === undefined ? [] : parameterNames(lemma.where),
    assume: assume === undefined ? [] : parameterNames(assume),
  };
  for (const fn of [lemma.claim, lemma.where, assume]) {
    const unknown = fn?.getParameters().find((p) => !ranges.has(p.getName()));
    if (unknown !== undefined) return undeclared(unknown, lemma.name);
  }
  const read = new Set([...parameters.claim, ...parameters.where, ...parameters.assume]);
  const variables = [...ranges].filter(([name]) => read.has(name))
    .map(([name, range]) => ({ name, range, sort: range.real === true ? 'real' : 'int' } as const));
  try {
    return { ok: true, plan: build(variables, parameters, lemma, assume) };
  } catch (e) {
    if (!(e instanceof TranslateError)) throw e;
    return { ok: false, error: {
      kind: 'untranslatable', code: e.code, message: e.message, function: e.functionName,
      lemma: lemma.name, location: locate(e.node),
      ...(e.hint === undefined ? {} : { hint: e.hint }),
    } };
  }
}

function parameterNames(fn: FunctionNode): string[] {
  return fn.getParameters().map((p) => p.getName());
}

function undeclared(param: Node & { getName(): string }, lemma: string): PlanResult {
  return { ok: false, error: {
    kind: 'bad-declaration', code: 'SMT003', location: locate(param),
    message: `lemma '${lemma}': parameter '${param.getName()}' is neither a size nor one of `
      + `the lemma's vars; declare it in \`sizes\` or the lemma's \`vars\``,
  } };
}

function build(
  variables: readonly PlanVariable[], parameters: LemmaParameters, lemma: SourceLemma,
  assume: FunctionNode | undefined,
): LemmaPlan {
  const intervals = new Map<string, Interval>(variables.map((v) => [v.name, {
    lo: v.range.min ?? -Infinity, hi: v.range.max ?? Infinity,
  }]));
  const session = newSession(intervals);
  const terms = new Map(variables.map((v) => [v.name, variable(v.name, v.sort)]));
  const predicate = (fn: FunctionNode | undefined, role: string): BoolTerm => fn === undefined
    ? bool(true)
    : translatePredicate(fn, terms, session, role);

  const bounds = variables.flatMap((v) => rangeHypotheses(terms.get(v.name)!, v.range));
  return {
    variables, parameters, intervals,
    hypotheses: and(...bounds, predicate(assume, 'assume'), predicate(lemma.where, 'where')),
    claim: predicate(lemma.claim, 'claim'),
  };
}

function translatePredicate(
  fn: FunctionNode, terms: ReadonlyMap<string, NumTerm>, session: TranslateSession, label: string,
): BoolTerm {
  const args = fn.getParameters().map((p) => terms.get(p.getName())!);
  const result = translateFunction(fn, args, session, fn, label);
  if (!isBool(result)) {
    throw new TranslateError('SMT107', `${label} must return a boolean`, fn, label);
  }
  return result;
}

function constant(x: number): NumTerm {
  if (Number.isInteger(x)) return num(rational(BigInt(x)));
  const scale = 10n ** 12n;
  return num(rational(BigInt(Math.round(x * 1e12)), scale));
}

function rangeHypotheses(v: NumTerm, range: VarRange): BoolTerm[] {
  const out: BoolTerm[] = [];
  if (range.min !== undefined) out.push(cmp('<=', constant(range.min), v));
  if (range.max !== undefined) out.push(cmp('<=', v, constant(range.max)));
  return out;
}
