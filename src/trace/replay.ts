/**
 * Rebuilding a counterexample from a `TracePath`: start from the named
 * initial state, take the successor with the recorded ordinal at each step,
 * and check that the state reached has the recorded fingerprint. A model
 * that gives different successors on a second run cannot be replayed; the
 * error says so and names the usual causes.
 *
 * Limit: only the last state's fingerprint is recorded, so a divergence that
 * happens to end in the same state goes unnoticed (it would not change the
 * counterexample either).
 */
import type { CompiledAction, CompiledModel } from '../engine/index.ts';
import { Expander, type SuccessorSink } from '../engine/index.ts';
import { Fingerprinter } from '../engine/index.ts';
import { withPurityGuards } from '../engine/index.ts';
import type { TracePath } from '../engine/index.ts';
import { Holder } from '../engine/index.ts';
import { ModelError } from '../model/index.ts';
import type { Fields } from '../model/index.ts';
import type { Draft, State } from '../model/index.ts';
import { diffStates } from './diff.ts';
import { describeStep } from './describe-step.ts';
import type { PlainObject, Trace, TraceStep } from './trace.ts';

/** Why a path could not be replayed. */
export type ReplayError =
  | {
      /** The path names an initial state or a successor that the model no longer has. */
      readonly kind: 'missing-state' | 'fingerprint-mismatch';
      /** 1-based step where replay diverged (0: the initial state). */
      readonly step: number;
      readonly message: string;
      readonly hint: string;
    }
  | {
      /** Model code failed while replaying (threw, or broke purity). */
      readonly kind: 'model-error';
      readonly step: number;
      readonly error: ModelError;
      readonly message: string;
      readonly hint: string;
    };

/** The replayed trace, or why replay failed. */
export type ReplayResult =
  | { readonly ok: true; readonly trace: Trace }
  | { readonly ok: false; readonly error: ReplayError };

const NONDETERMINISM_HINT =
  'the model is probably nondeterministic: an action must depend only on its state and ' +
  'choice. Look for module-level mutable state (counters, caches, arrays outside the model), ' +
  'randomness (Math.random) or clocks (Date.now, new Date()) in its actions';

/** Takes the successor with one ordinal and remembers where each action's successors start. */
class PickSink implements SuccessorSink {
  picked: Uint32Array | undefined;
  action = -1;
  firstOfAction = -1;
  private lastAction = -1;
  private lastFirst = 0;

  constructor(private readonly ordinal: number) {}

  accept(next: Uint32Array, action: number, step: number): void {
    if (action !== this.lastAction) {
      this.lastAction = action;
      this.lastFirst = step;
    }
    if (step !== this.ordinal) return;
    this.picked = next.slice();
    this.action = action;
    this.firstOfAction = this.lastFirst;
  }
}

/**
 * Replays `path` on `cm`. Returns a model error (rather than throwing) when
 * model code fails during replay; other exceptions are faultline's own bugs.
 */
export function replay(cm: CompiledModel, path: TracePath): ReplayResult {
  return withPurityGuards(() => {
    try {
      return replayInner(cm, path);
    } catch (err) {
      if (!(err instanceof ModelError)) throw err;
      return modelFailure(err, -1);
    }
  });
}

function replayInner(cm: CompiledModel, path: TracePath): ReplayResult {
  const init = cm.inits[path.init];
  if (init === undefined) {
    return diverged('missing-state', 0, `the trace starts from initial state #${path.init}, ` +
      `but model '${cm.name}' has ${cm.inits.length} initial state(s)`);
  }
  const walker = new StepWalker(cm, init);
  const steps: TraceStep[] = [];
  for (let i = 0; i < path.steps.length; i++) {
    const taken = walker.take(i + 1, path.steps[i]!);
    if (!taken.ok) return taken;
    steps.push(taken.step);
  }

  const fp = new Fingerprinter();
  fp.hash(walker.words, 0, walker.words.length);
  if (fp.hi !== path.fingerprint[0] || fp.lo !== path.fingerprint[1]) {
    return diverged('fingerprint-mismatch', path.steps.length, `replaying the trace of model ` +
      `'${cm.name}' ended in a different state than the search found`);
  }
  const trace = {
    model: cm.name, stateType: cm.stateType, params: cm.params, initIndex: path.init,
    initial: walker.initial, steps, processes: processNames(cm),
  };
  return { ok: true, trace };
}

type Taken = { readonly ok: true; readonly step: TraceStep } | ReplayFailure;
type ReplayFailure = Extract<ReplayResult, { ok: false }>;

/** Walks a path one successor at a time, keeping the current state packed and plain. */
class StepWalker {
  readonly initial: PlainObject;
  words: Uint32Array;
  private plain: PlainObject;
  private readonly expander: Expander;
  private readonly holder: Holder;
  private readonly view: State<Fields>;
  private readonly draftHolder: Holder;
  private readonly draft: Draft<Fields>;

  constructor(private readonly cm: CompiledModel, init: Uint32Array) {
    this.expander = new Expander(cm);
    this.holder = new Holder(cm.layout.words);
    this.view = cm.factory.make(cm.layout.root, this.holder, 0, '') as State<Fields>;
    this.draftHolder = new Holder(cm.layout.words);
    this.draftHolder.ro = false;
    this.draft = cm.factory.make(cm.layout.root, this.draftHolder, 0, '') as Draft<Fields>;
    this.words = init.slice();
    this.initial = cm.codec.decode(this.words);
    this.plain = this.initial;
  }

  /** Takes successor `ordinal` of the current state as step `index` (1-based). */
  take(index: number, ordinal: number): Taken {
    const cm = this.cm;
    const sink = new PickSink(ordinal);
    let count: number;
    try {
      count = this.expander.expand(this.words, sink);
    } catch (err) {
      if (err instanceof ModelError) return modelFailure(err, index);
      throw err;
    }
    if (sink.picked === undefined) {
      return diverged('missing-state', index, `step ${index} of the trace takes successor ` +
        `#${ordinal} of its state, but model '${cm.name}' now gives that state only ` +
        `${count} successor(s)`);
    }

    this.holder.w = this.words;
    const action = cm.actions[sink.action]!;
    const described = describeStep(cm, action, this.view, ordinal - sink.firstOfAction);
    if (!described.ok) {
      if (described.error instanceof ModelError) return modelFailure(described.error, index);
      return diverged('missing-state', index, `step ${index} of the trace is action ` +
        `'${action.name}' of model '${cm.name}', but re-running its guard found fewer ` +
        'enabled choices than the first run');
    }

    if (!this.effectGives(action, described.choice, sink.picked)) {
      return diverged('missing-state', index, `step ${index} of the trace is ` +
        `'${described.facts.label}' of model '${cm.name}', but running that choice's effect ` +
        'again gave a different state');
    }

    const after = cm.codec.decode(sink.picked);
    const changes = diffStates(cm.stateType, this.plain, after);
    this.words = sink.picked;
    this.plain = after;
    return { ok: true, step: { index, ordinal, ...described.facts, state: after, changes } };
  }

  /**
   * Whether `choice`'s effect on the current state gives `expected`: checks
   * that the choice found for the step's label is the one the explorer took.
   */
  private effectGives(action: CompiledAction, choice: unknown, expected: Uint32Array): boolean {
    const words = this.draftHolder.w;
    words.set(this.words);
    try {
      action.spec.then(this.draft, choice);
    } catch {
      return false;
    }
    return words.every((w, i) => w === expected[i]);
  }
}

function diverged(kind: 'missing-state' | 'fingerprint-mismatch', step: number,
  message: string): ReplayFailure {
  return { ok: false, error: { kind, step, message, hint: NONDETERMINISM_HINT } };
}

function modelFailure(error: ModelError, step: number): ReplayFailure {
  const where = step > 0 ? ` at step ${step}` : '';
  return {
    ok: false,
    error: {
      kind: 'model-error', step, error,
      message: `replaying the trace${where} failed: ${error.message}`,
      hint: error.hint ?? NONDETERMINISM_HINT,
    },
  };
}

/** The model's process names, or none when it declares none or they are not strings. */
function processNames(cm: CompiledModel): readonly string[] {
  const names = cm.model.spec.processes?.(cm.params);
  return Array.isArray(names) && names.every((n) => typeof n === 'string') ? names : [];
}
