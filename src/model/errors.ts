/**
 * Errors in a model as written: the user must change the model (or the
 * command line) to go on. The CLI reports them with exit code 2.
 */

/** What is wrong with the model, as a stable code. */
export type ModelErrorCode =
  | 'bad-model' // the declaration's shape is wrong
  | 'bad-param' // unknown or out-of-range parameter
  | 'bad-state-type' // `state` returned something that is not a state type
  | 'bad-init' // an initial state does not fit the state type
  | 'unknown-property' // `--invariant NAME` names no invariant
  | 'threw' // model code threw an exception
  | 'impure-write' // a guard, invariant or domain wrote the state it was given
  | 'bad-value' // an effect wrote a value outside a field's type
  | 'impure-global' // model code read the clock or randomness
  | 'nondeterministic'; // the same state gave different successors on two runs

/** An error in a model, naming where it is and what to do. */
export class ModelError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    readonly where: {
      readonly model?: string;
      readonly action?: string;
      readonly field?: string;
    } = {},
    readonly hint?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
