/**
 * Catches models whose successors depend on something besides the state
 * (a module-level variable, a counter, I/O): a sample of expansions is run
 * twice and the two lists of successors must match exactly. The first 512
 * expansions are all checked, then one in 64.
 *
 * Limit: hidden state that changes rarely can slip between samples; the
 * final replay of a counterexample checks again.
 */
import { ModelError } from '../model/errors.ts';
import type { Expander, SuccessorSink } from './expander.ts';
import { Fingerprinter } from './fingerprint.ts';

class Recorder implements SuccessorSink {
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

/** Re-runs sampled expansions and throws `ModelError('nondeterministic')` on a difference. */
export class ReplayCheck {
  private count = 0;

  constructor(private readonly expander: Expander) {}

  maybeCheck(cur: Uint32Array): void {
    const n = this.count++;
    if (n >= 512 && (n & 63) !== 0) return;
    const words = this.expander.cm.layout.words;
    const first = new Recorder(words);
    const second = new Recorder(words);
    this.expander.expand(cur, first);
    this.expander.expand(cur, second);
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
