/**
 * Reusable properties of binary consensus, for any model whose state has a
 * `proc` array with each process's `input` (0 or 1) and `decided`
 * (`'none'`, `'0'` or `'1'`). Crashed processes count too: a process that
 * decided and then crashed still must not disagree.
 */
import type { ArrayState } from '../src/index.ts';

/** What these properties read of a state. */
export interface ConsensusView {
  readonly proc: ArrayState<{ readonly input: number; readonly decided: 'none' | '0' | '1' }>;
}

/** Agreement: no two processes decide differently. */
export function agreement(s: ConsensusView): boolean {
  return !(s.proc.some((p) => p.decided === '0') && s.proc.some((p) => p.decided === '1'));
}

/** Validity: every decision is some process's input. */
export function validity(s: ConsensusView): boolean {
  return s.proc.every((p) => p.decided === 'none'
    || s.proc.some((q) => String(q.input) === p.decided));
}

/** Integrity, over a step: a decision, once made, never changes (so it is made at most once). */
export function integrity(before: ConsensusView, after: ConsensusView): boolean {
  return before.proc.every((p, i) => p.decided === 'none'
    || after.proc.get(i).decided === p.decided);
}

/** A reachability goal: some process decides. */
export function someoneDecides(s: ConsensusView): boolean {
  return s.proc.some((p) => p.decided !== 'none');
}
