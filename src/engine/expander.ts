/**
 * Computing the successors of a packed state. For every action and choice
 * whose guard holds, the effect writes a copy of the state (the draft) and
 * the result is handed to a sink with the step's ordinal, which is all a
 * trace needs to find the step again by replay.
 */
import { ModelError } from '../model/errors.ts';
import type { Fields } from '../model/types.ts';
import type { Draft, State } from '../model/view-types.ts';
import type { CompiledAction, CompiledModel } from './compile.ts';
import { generateExpand, type ExpandFn, type FailurePoint } from './expand-codegen.ts';
import { ImpureCall } from './purity.ts';
import { Holder, ViewError } from './views.ts';

/** Receives each successor. `next` is reused: copy it to keep it. */
export interface SuccessorSink {
  accept(next: Uint32Array, action: number, step: number): void;
}

/** The phases of an action, as the generated successor function numbers them. */
const OVER = 0;
const THEN = 2;
const PHASE = ['its choices (over)', 'its guard (when)', 'its effect (then)'];

/** Expands states of one compiled model; reuses its buffers between calls. */
export class Expander {
  /** The state being expanded, read-only. */
  readonly current: State<Fields>;
  private readonly readHolder: Holder;
  private readonly draftHolder: Holder;
  private readonly draft: Draft<Fields>;
  private readonly scratch: Uint32Array;
  private readonly actions: readonly CompiledAction[];
  private readonly run: ExpandFn;
  private readonly failure: FailurePoint = { action: 0, choice: 0, phase: 0, error: undefined };
  private phase = OVER;
  private acting = 0;
  private choice: unknown = undefined;

  constructor(readonly cm: CompiledModel) {
    this.readHolder = new Holder(cm.layout.words);
    this.draftHolder = new Holder(cm.layout.words);
    this.draftHolder.ro = false;
    this.scratch = this.draftHolder.w;
    this.current = cm.factory.make(cm.layout.root, this.readHolder, 0, '') as State<Fields>;
    this.draft = cm.factory.make(cm.layout.root, this.draftHolder, 0, '') as Draft<Fields>;
    this.actions = cm.actions;
    this.run = generateExpand(cm.actions, cm.layout.words);
  }

  /** Calls `sink.accept` for each successor of `cur`; returns how many there were. */
  expand(cur: Uint32Array, sink: SuccessorSink): number {
    this.readHolder.w = cur;
    const n = this.run(cur, sink, this.current, this.draft, this.scratch, this.failure);
    if (n >= 0) return n;
    const f = this.failure;
    this.acting = f.action;
    this.phase = f.phase;
    const action = this.actions[f.action]!;
    this.choice = action.choices ? action.choices[f.choice] : `#${f.choice}`;
    throw this.explain(f.error);
  }

  /** Turns an exception from model code into a `ModelError` naming the action. */
  private explain(err: unknown): unknown {
    if (err instanceof ModelError) return err;
    const model = this.cm.name;
    const action = this.actions[this.acting]!.name;
    const where = `action '${action}' of model '${model}'`;
    const choice = formatChoice(this.choice);
    const step = choice === '' ? PHASE[this.phase]! : `${PHASE[this.phase]}, choice ${choice}`;
    if (err instanceof ImpureCall) {
      return new ModelError('impure-global', `${where} called ${err.what} in ${step}`,
        { model, action }, 'models must be pure: make the alternatives choices of `over`');
    }
    if (err instanceof ViewError && err.reason === 'read-only') {
      const how = this.phase === THEN
        ? 'mutated its input state (through an alias of a read-only state)'
        : `wrote the state in ${PHASE[this.phase]}`;
      return new ModelError('impure-write', `${where} ${how}: ${err.message}`,
        { model, action, field: err.path },
        'only the effect (then) may write, and only to the draft state it is given');
    }
    if (err instanceof ViewError) {
      return new ModelError('bad-value', `${where}, in ${step}: ${err.message}`,
        { model, action, field: err.path }, 'keep every value within its declared type');
    }
    return new ModelError('threw', `${where} threw in ${step}: ${String(err)}`,
      { model, action }, 'fix the action; run with --verbose for the stack trace', err);
  }
}

/** A short rendering of a choice for labels and messages. */
export function formatChoice(choice: unknown): string {
  if (choice === undefined) return '';
  if (typeof choice === 'string') return choice;
  if (typeof choice !== 'object' || choice === null) return String(choice);
  if (Array.isArray(choice)) return choice.map(formatChoice).join(', ');
  return Object.entries(choice).map(([k, v]) => `${k}=${formatChoice(v)}`).join(', ');
}

/** The label of a step: the action's own `label`, or `Name(choice)`. */
export function stepLabel(action: CompiledAction, choice: unknown): string {
  if (action.spec.label) return action.spec.label(choice);
  const c = formatChoice(choice);
  return c === '' ? action.name : `${action.name}(${c})`;
}
