/**
 * A counterexample as people read it: the initial state, then each step with
 * the action taken, who took it, the message it carried, the state after it
 * and the fields it changed. Plain data, safe to serialise.
 */
import type { ActionKind, StepMessage } from '../model/index.ts';
import type { RecordType } from '../model/index.ts';
import type { PlainObject, PlainValue } from '../engine/index.ts';

export type { PlainObject, PlainValue };

/** One field whose value a step changed, named by a dotted path such as `msgs.prepared`. */
export interface FieldChange {
  /** Dotted path with array indices, for example `rmState[2]` or `procs[0].round`. */
  readonly path: string;
  readonly before: PlainValue;
  readonly after: PlainValue;
  /** `'set'` when the field is a set (its plain value is its members, ascending). */
  readonly kind: 'value' | 'set';
}

/** One step of a trace. */
export interface TraceStep {
  /** 1-based position in the trace. */
  readonly index: number;
  /** Which successor of the previous state this is, in the order the explorer emits them. */
  readonly ordinal: number;
  readonly action: string;
  /** The step's label: the action's own `label`, or `Name(choice)`. */
  readonly label: string;
  readonly kind: ActionKind;
  /** The process that took the step, when the action declares `actor`. */
  readonly actor: number | undefined;
  /** The message sent or delivered, when the action declares `message`. */
  readonly message: StepMessage | undefined;
  /** The probability of this choice, when the action declares `chance`. */
  readonly chance: number | undefined;
  /** The state after the step. */
  readonly state: PlainObject;
  /** The fields that differ from the previous state, in declaration order. */
  readonly changes: readonly FieldChange[];
}

/** A replayed counterexample. */
export interface Trace {
  readonly model: string;
  /** The model's state type at these parameters: tells sets from arrays of numbers. */
  readonly stateType: RecordType;
  readonly params: Readonly<Record<string, number>>;
  /** Which of the model's initial states the trace starts from (0-based). */
  readonly initIndex: number;
  readonly initial: PlainObject;
  readonly steps: readonly TraceStep[];
  /** Process names by id, from the model's `processes` (empty when it declares none). */
  readonly processes: readonly string[];
}

/** How a trace names process `id`: the model's name for it, or the id itself. */
export function processName(trace: Trace, id: number): string {
  return trace.processes[id] ?? String(id);
}

/** The state the trace ends in: the last step's, or the initial state for an empty trace. */
export function finalState(trace: Trace): PlainObject {
  return trace.steps.length > 0 ? trace.steps[trace.steps.length - 1]!.state : trace.initial;
}
