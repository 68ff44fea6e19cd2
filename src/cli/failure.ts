/**
 * Why a command could not produce a verdict, and how the CLI shows it:
 * what went wrong (naming the file, model, action or option), what to do
 * next, and the stack trace only when asked for with `--verbose`.
 */
import { ModelError } from '../model/index.ts';
import { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** A failure that ends a command with a non-verdict exit code. */
export interface Failure {
  readonly exitCode: typeof ExitCode.badInput | typeof ExitCode.internal;
  /** A stable short code, for example `file-not-found` or a `ModelError` code. */
  readonly code: string;
  readonly message: string;
  /** What to do next. */
  readonly hint?: string;
  /** A stack trace or other detail, shown only with `--verbose`. */
  readonly detail?: string;
}

/** A value, or the failure that prevented it. */
export type Outcome<T> = { readonly ok: true; readonly value: T } |
  { readonly ok: false; readonly failure: Failure };

/** Shorthand for a failed `Outcome`. */
export function fail(failure: Failure): { readonly ok: false; readonly failure: Failure } {
  return { ok: false, failure };
}

/** A bad-input failure from a `ModelError` (the model or command line must change). */
export function fromModelError(err: ModelError): Failure {
  const cause = err.cause instanceof Error ? err.cause.stack : undefined;
  return {
    exitCode: ExitCode.badInput, code: err.code, message: err.message, hint: err.hint,
    detail: cause ?? err.stack,
  };
}

/**
 * Classifies an exception that escaped a command: a `ModelError` is the
 * model's fault (exit 2); anything else is a bug in faultline (exit 3).
 */
export function classifyThrown(err: unknown): Failure {
  if (err instanceof ModelError) return fromModelError(err);
  const message = err instanceof Error ? err.message : String(err);
  return {
    exitCode: ExitCode.internal, code: 'internal',
    message: `internal error in faultline: ${message}`,
    hint: 'this is a bug in faultline, not in your model; please report it with the command ' +
      'you ran (--verbose shows the stack trace)',
    detail: err instanceof Error ? err.stack : undefined,
  };
}

/** How to show failures. */
export interface FailureStyle {
  readonly json: boolean;
  readonly verbose: boolean;
  /** The command, for the JSON document. */
  readonly command: string;
}

/** Prints `f` (to stderr, and as the one JSON document on stdout with `--json`). */
export function reportFailure(io: CliIo, f: Failure, style: FailureStyle): typeof f.exitCode {
  const lines = [`faultline: error: ${f.message}`];
  if (f.hint) lines.push(`  hint: ${f.hint}`);
  if (style.verbose && f.detail) lines.push(f.detail);
  io.err(`${lines.join('\n')}\n`);
  if (style.json) {
    const doc = {
      format: 'faultline-error/1', command: style.command,
      error: { exitCode: f.exitCode, code: f.code, message: f.message, hint: f.hint ?? null },
    };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  }
  return f.exitCode;
}
