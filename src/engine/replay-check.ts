/**
 * Catches models whose successors depend on something besides the state
 * (a module-level variable, a counter, I/O): a sample of expansions is run
 * twice (once more before the search's own run) and the two lists of
 * successors must match exactly. The first 512 expansions are all checked,
 * then one in 64.
 *
 * Limit: hidden state that changes rarely can slip between samples; the
 * final replay of a counterexample checks again.
 */
import { ModelError } from '../model/errors.ts';
import type { SuccessorBatch } from './batch.ts';
import type { Expander, SuccessorSink } from './expander.ts';
import { Fingerprinter } from './fingerprint.ts';

/** The fingerprints and actions of one expansion's successors, in order. */
export class Recorder implements SuccessorSink {
  readonly prints: number[] = [];
  readonly actions: number[] = [];
  private readonly fp = new Fingerprinter();

  constructor(private readonly words: number) {}

  accept(next: Uint32Array, action: number): void {
    this.fp.hash(next, 0, this.words);
    this.prints.push(this.fp.hi, this.fp.lo);
    this.actions.push(action);
  }
}

/**
 * Runs a sample of expansions once more ahead of the search's own expansion
 * and throws `ModelError('nondeterministic')` when the two differ.
 */
export class ReplayCheck {
  private count = 0;

  constructor(private readonly expander: Expander) {}

  /** For a sampled state, its successors from a first run; `undefined` when not sampled. */
  before(cur: Uint32Array): Recorder | undefined {
    const n = this.count++;
    if (n >= 512 && (n & 63) !== 0) return undefined;
    const first = new Recorder(this.expander.cm.layout.words);
    this.expander.expand(cur, first);
    return first;
  }

  /** Compares the first run with the search's own expansion, held in `batch`. */
  after(first: Recorder, batch: SuccessorBatch): void {
    const second = new Recorder(batch.width);
    for (let i = 0; i < batch.size; i++) {
      second.accept(batch.words.subarray(i * batch.width), batch.action[i]!);
    }
    const length = Math.max(first.actions.length, second.actions.length);
    for (let i = 0; i < length; i++) {
      const same = first.actions[i] === second.actions[i] &&
        first.prints[2 * i] === second.prints[2 * i] &&
        first.prints[2 * i + 1] === second.prints[2 * i + 1];
      if (!same) throw this.diverged(first.actions[i] ?? second.actions[i]!);
    }
  }

  private diverged(action: number): ModelError {
    const cm = this.expander.cm;
    const name = cm.actions[action]!.name;
    return new ModelError('nondeterministic',
      `action '${name}' of model '${cm.name}' gave different successors for the same state ` +
      'when run twice', { model: cm.name, action: name },
      'an action must depend only on its state and choice: look for module-level variables, ' +
      'counters or caches that the action reads or changes');
  }
}
