/**
 * What a step shows in a trace besides its states: its label, actor,
 * message, kind and chance, read from the action's declaration for the
 * choice the step took. These are model functions, so each call is guarded
 * and a failure names the action.
 */
import type { CompiledAction, CompiledModel } from '../engine/index.ts';
import { stepLabel } from '../engine/index.ts';
import { ModelError } from '../model/index.ts';
import type { Fields } from '../model/index.ts';
import type { State } from '../model/index.ts';
import { nthEnabledChoice } from './step-choice.ts';
import type { TraceStep } from './trace.ts';

/** The parts of a trace step that come from the action's declaration. */
export type StepFacts = Pick<TraceStep, 'action' | 'label' | 'kind' | 'actor' | 'message' |
  'chance'>;

/** The step's facts, or why they could not be read. */
export type StepFactsResult =
  | { readonly ok: true; readonly facts: StepFacts; readonly choice: unknown }
  | { readonly ok: false; readonly error: ModelError | 'no-such-choice' };

/**
 * Describes the step taken by the `nth` enabled choice of `action` from state
 * `s` (the state before the step).
 */
export function describeStep(cm: CompiledModel, action: CompiledAction, s: State<Fields>,
  nth: number): StepFactsResult {
  const spec = action.spec;
  try {
    const lookup = nthEnabledChoice(action, s, nth);
    if (!lookup.found) return { ok: false, error: 'no-such-choice' };
    const choice = lookup.choice;
    return {
      ok: true,
      choice,
      facts: {
        action: action.name,
        label: stepLabel(action, choice),
        kind: spec.kind ?? 'protocol',
        actor: spec.actor?.(choice, s) ?? undefined,
        message: spec.message?.(choice, s) ?? undefined,
        chance: spec.chance?.(choice) ?? undefined,
      },
    };
  } catch (err) {
    if (err instanceof ModelError) return { ok: false, error: err };
    return {
      ok: false,
      error: new ModelError('threw', `action '${action.name}' of model '${cm.name}' threw ` +
        `while its step was described for the trace (label, actor, message or chance): ` +
        `${String(err)}`, { model: cm.name, action: action.name },
      'fix the action; run with --verbose for the stack trace', err),
    };
  }
}
