/**
 * Turning a path through canonical states (under a symmetry) into a path
 * through the states the model really reaches. Each canonical step stands
 * for some step of the concrete state that leads to a state with the same
 * canonical form; finding it needs only the successors of one state at a
 * time. A step that cannot be matched shows the declared symmetry is wrong.
 */
import { ModelError } from '../model/index.ts';
import type { CompiledModel } from './compile.ts';
import { Expander } from './expander.ts';
import type { Canonicalizer } from './symmetry.ts';

/** A path of step ordinals from initial state `init`, and the state it ends in. */
export interface ConcretePath {
  readonly init: number;
  readonly steps: number[];
  readonly last: Uint32Array;
}

function successor(ex: Expander, state: Uint32Array, ordinal: number): Uint32Array | undefined {
  let found: Uint32Array | undefined;
  ex.expand(state, { accept: (next, _a, k) => { if (k === ordinal) found = next.slice(); } });
  return found;
}

function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The ordinal of a successor of `state` whose canonical form is `target`, and that successor. */
function matching(ex: Expander, sym: Canonicalizer, state: Uint32Array, target: Uint32Array):
  { ordinal: number; next: Uint32Array } | undefined {
  let hit: { ordinal: number; next: Uint32Array } | undefined;
  ex.expand(state, {
    accept: (next, _a, k) => {
      if (hit) return;
      const canonical = next.slice();
      sym.canonicalize(canonical, 0);
      if (sameWords(canonical, target)) hit = { ordinal: k, next: next.slice() };
    },
  });
  return hit;
}

function unsound(cm: CompiledModel, step: number): ModelError {
  return new ModelError('bad-model', `model '${cm.name}': its declared symmetry does not hold: ` +
    `step ${step} of a counterexample has no counterpart when process ids are renamed`,
    { model: cm.name }, 'process ids must appear only as indexes of the symmetry\'s arrays and ' +
      'members of its sets, and actions must treat every process alike');
}

/** The concrete path for canonical path `steps` from initial state `init`. */
export function concretize(cm: CompiledModel, sym: Canonicalizer, init: number,
  steps: readonly number[]): ConcretePath {
  const ex = new Expander(cm);
  let canonical: Uint32Array = cm.inits[init]!.slice();
  sym.canonicalize(canonical, 0);
  let concrete: Uint32Array = cm.inits[init]!.slice();
  const out: number[] = [];
  steps.forEach((ordinal, i) => {
    const next = successor(ex, canonical, ordinal);
    if (!next) throw unsound(cm, i + 1);
    sym.canonicalize(next, 0);
    const hit = matching(ex, sym, concrete, next);
    if (!hit) throw unsound(cm, i + 1);
    out.push(hit.ordinal);
    canonical = next;
    concrete = hit.next;
  });
  return { init, steps: out, last: concrete };
}
