/**
 * The state of one translation: the locals of the function being read, its
 * name for error messages, and what is shared across the whole lemma.
 */
import type { Node } from 'ts-morph';
import type { TranslateCode } from '../report.ts';
import type { Ranges } from './interval.ts';
import { type BoolTerm, type NumTerm, type Term, isBool } from './term.ts';
import { TranslateError } from './translate-error.ts';

/** Shared by every function inlined while translating one lemma. */
export interface TranslateSession {
  /** Declared ranges of the quantified variables (loop bounds, exponents). */
  readonly ranges: Ranges;
  /** Functions being inlined, outermost first, to reject recursion. */
  readonly stack: Node[];
  /** Module-level constants already read, by declaration node. */
  readonly constants: Map<Node, Term>;
}

/** The locals of one function being read. */
export interface Scope {
  readonly session: TranslateSession;
  readonly env: Map<string, Term>;
  /** The function's name, for error messages. */
  readonly fn: string;
}

/** A new, empty session. */
export function newSession(ranges: Ranges): TranslateSession {
  return { ranges, stack: [], constants: new Map() };
}

/** A copy of a scope whose locals can change without touching the original. */
export function fork(scope: Scope): Scope {
  return { ...scope, env: new Map(scope.env) };
}

/** Stops the translation with a located error. */
export function fail(
  scope: Scope, code: TranslateCode, message: string, node: Node, hint?: string,
): never {
  throw new TranslateError(code, message, node, scope.fn, hint);
}

/** The term as a number, or a located error saying a number was needed. */
export function asNum(term: Term, node: Node, scope: Scope): NumTerm {
  if (!isBool(term)) return term;
  return fail(scope, 'SMT107', `expected a number, found a boolean: ${node.getText()}`, node);
}

/** The term as a boolean, or a located error (JavaScript truthiness is not modelled). */
export function asBool(term: Term, node: Node, scope: Scope): BoolTerm {
  if (isBool(term)) return term;
  return fail(
    scope, 'SMT107', `expected a boolean, found a number: ${node.getText()}`, node,
    'compare explicitly, for example `x !== 0`',
  );
}
