/**
 * Generates a model's successor function. Each action gets its own call
 * sites for its guard and effect, so V8 sees one target per site and can
 * inline small guards; the state copy is unrolled for short states. Nothing
 * here is specific to a model: the source is built from the action list.
 */
import type { Fields } from '../model/types.ts';
import type { Draft, State } from '../model/view-types.ts';
import type { CompiledAction } from './compile.ts';
import type { SuccessorSink } from './expander.ts';

/** Where an expansion stopped when model code threw: action, choice index, phase. */
export interface FailurePoint {
  action: number;
  choice: number;
  phase: number;
  error: unknown;
}

/** A generated successor function; returns the successor count or -1 after a failure. */
export type ExpandFn = (
  cur: Uint32Array,
  sink: SuccessorSink,
  s: State<Fields>,
  d: Draft<Fields>,
  scratch: Uint32Array,
  fail: FailurePoint,
) => number;

function copySource(words: number): string {
  if (words <= 8) {
    return Array.from({ length: words }, (_, i) => `scratch[${i}] = cur[${i}];`).join(' ');
  }
  return `scratch.set(cur);`;
}

function actionSource(a: CompiledAction, words: number): string {
  const i = a.index;
  const choices = a.choices ? `C${i}` : `Array.from(O${i}(s))`;
  const guard = a.spec.when ? `ph = 1; if (!W${i}(s, ch[c])) continue;` : '';
  return `
    act = ${i}; ph = 0; ch = ${choices};
    for (c = 0; c < ch.length; c++) {
      ${guard}
      ${copySource(words)}
      ph = 2; T${i}(d, ch[c]);
      sink.accept(scratch, ${i}, k++);
    }`;
}

/** Builds the successor function for `actions` over states of `words` words. */
export function generateExpand(actions: readonly CompiledAction[], words: number): ExpandFn {
  const names: string[] = [];
  const values: unknown[] = [];
  for (const a of actions) {
    names.push(`C${a.index}`, `O${a.index}`, `W${a.index}`, `T${a.index}`);
    values.push(a.choices, a.spec.over, a.spec.when, a.spec.then);
  }
  const body = `
    return function expand(cur, sink, s, d, scratch, fail) {
      let k = 0, act = 0, ph = 0, c = 0, ch = null;
      try {
        ${actions.map((a) => actionSource(a, words)).join('\n')}
      } catch (error) {
        fail.action = act; fail.choice = c; fail.phase = ph; fail.error = error;
        return -1;
      }
      return k;
    };`;
  return new Function(...names, body)(...values) as ExpandFn;
}
