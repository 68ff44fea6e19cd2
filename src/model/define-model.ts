/**
 * `defineModel`: the one function a protocol author calls. It checks the
 * declaration's shape and returns it typed; exploring it is the engine's job.
 */
import type { Fields } from './types.ts';
import type { Draft, InitState, State } from './view-types.ts';

/** A model parameter: an integer with a default, overridable with `--param`. */
export interface ParamSpec {
  readonly default: number;
  /** Smallest accepted value (default 0). */
  readonly min?: number;
  /** Largest accepted value (default: unbounded). */
  readonly max?: number;
  readonly doc?: string;
}

/** Declared parameters, by name. */
export type ParamSpecs = { readonly [name: string]: ParamSpec };

/** Resolved parameter values. */
export type Params<PS extends ParamSpecs> = { readonly [K in keyof PS]: number };

/** What a step shows in a message sequence diagram. */
export interface StepMessage {
  /** The sending process. */
  readonly from: number;
  /** The receiving process or processes. */
  readonly to: number | readonly number[];
  /** A short text for the arrow, for example `"Prepared"` or `"vote r1 1"`. */
  readonly text: string;
}

/** Who performs an action: the protocol, or the adversary (faults, scheduling). */
export type ActionKind = 'protocol' | 'fault';

/**
 * One named action. For each choice in `over` (a single choice when `over`
 * is omitted) whose guard `when` holds, the effect `then` writes the
 * successor state. Each such (action, choice) pair is one labelled step.
 */
export interface ActionSpec<F extends Fields, C> {
  /**
   * The action's choices: a fixed list, or a function of the state. Every
   * choice is a separate nondeterministic alternative the explorer tries.
   */
  readonly over?: readonly C[] | ((s: State<F>) => Iterable<C>);
  /** The guard: the step is enabled only where it returns true (default: always). */
  readonly when?: (s: State<F>, choice: C) => boolean;
  /** The effect: writes the successor. Must not read clocks, randomness or module state. */
  readonly then: (s: Draft<F>, choice: C) => void;
  /** The step's label in traces (default: the action name and the choice). */
  readonly label?: (choice: C) => string;
  /** The process taking the step, for traces and sequence diagrams. */
  readonly actor?: (choice: C, s: State<F>) => number | undefined;
  /** The message the step sends or delivers, for sequence diagrams. */
  readonly message?: (choice: C, s: State<F>) => StepMessage | undefined;
  /**
   * The probability of this choice among the action's enabled choices, for
   * actions that model coins. Omitted: the choice is the adversary's.
   */
  readonly chance?: (choice: C) => number;
  /** `'fault'` for adversary steps (loss, crash, partition). Default `'protocol'`. */
  readonly kind?: ActionKind;
}

/** An action as the engine receives it: a name and its erased spec. */
export interface Action<F extends Fields> {
  readonly name: string;
  readonly spec: ActionSpec<F, unknown>;
}

/** Makes a named action; `C` is inferred from `over`. */
export type ActionMaker<F extends Fields> = <C = undefined>(
  name: string,
  spec: ActionSpec<F, C>,
) => Action<F>;

/** A predicate over one state. */
export type StatePredicate<F extends Fields, P> = (s: State<F>, params: P) => boolean;

/** A predicate over one step: the state before, the state after, and the action taken. */
export type StepPredicate<F extends Fields, P> = (
  before: State<F>,
  after: State<F>,
  step: { readonly action: string },
  params: P,
) => boolean;

/**
 * A symmetry declaration: processes `0..processes-1` are interchangeable, so
 * a state and any renaming of its process ids are explored once. Process ids
 * may appear in the state only as the index of the listed `arrays` and as
 * members of the listed `sets` (fields named by dotted paths, such as
 * `msgs.prepared`); a field holding an id as a value (`leader: t.int(...)`)
 * would make the reduction unsound. Properties must not single out a process.
 */
export interface SymmetrySpec {
  /** How many interchangeable processes there are. */
  readonly processes: number;
  /** Fields that are arrays indexed by process id, of length `processes`. */
  readonly arrays?: readonly string[];
  /** Fields that are sets of process ids, of size `processes`. */
  readonly sets?: readonly string[];
}

/** Everything a model declares. */
export interface ModelSpec<F extends Fields, PS extends ParamSpecs> {
  /** A short kebab-case name, used in reports and replay commands. */
  readonly name: string;
  readonly doc?: string;
  readonly params?: PS;
  /** The state's fields and their types, for the given parameters. */
  readonly state: (params: Params<PS>) => F;
  /** The initial state, or several. */
  readonly init: (params: Params<PS>) => InitState<F> | readonly InitState<F>[];
  readonly actions: (params: Params<PS>, action: ActionMaker<F>) => readonly Action<F>[];
  /** Safety properties that must hold in every reachable state. */
  readonly invariants?: { readonly [name: string]: StatePredicate<F, Params<PS>> };
  /** Properties that must hold for every step (before, after). */
  readonly stepProperties?: { readonly [name: string]: StepPredicate<F, Params<PS>> };
  /**
   * Conditions some reachable state must meet (like Stateright's `sometimes`).
   * A complete search that never meets one reports it as unreached.
   */
  readonly reachable?: { readonly [name: string]: StatePredicate<F, Params<PS>> };
  /** States outside the constraint are checked but not expanded. */
  readonly constraint?: StatePredicate<F, Params<PS>>;
  /** States where having no enabled step is not a deadlock. */
  readonly terminal?: StatePredicate<F, Params<PS>>;
  /** Interchangeable processes, for symmetry reduction; `undefined` turns it off. */
  readonly symmetry?: (params: Params<PS>) => SymmetrySpec | undefined;
  /**
   * Names of the processes that actions give as `actor` and in `message`, by
   * id, for traces and sequence diagrams (default: the ids themselves).
   */
  readonly processes?: (params: Params<PS>) => readonly string[];
}

/** A defined model: its declaration, typed. */
export interface Model<F extends Fields = Fields, PS extends ParamSpecs = ParamSpecs> {
  readonly kind: 'faultline-model';
  readonly spec: ModelSpec<F, PS>;
}

/** A model of any state shape, as the engine and CLI handle it. */
// The erased form is needed because a model's state type is only known to its author.
export type AnyModel = Model<Fields, ParamSpecs>;

/** Declares a protocol model. See README, "Writing a model". */
export function defineModel<const F extends Fields, PS extends ParamSpecs = {}>(
  spec: ModelSpec<F, PS>,
): Model<F, PS> {
  return { kind: 'faultline-model', spec };
}

/** True when `value` is a model made by `defineModel`. */
export function isModel(value: unknown): value is AnyModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'faultline-model'
  );
}

/** The integers `0..n-1`, for `over`. */
export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
