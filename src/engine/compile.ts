/**
 * Compiling a model for given parameters: resolve the parameters, lay out the
 * state type, encode the initial states and fix each action's choices.
 * Every problem is a `ModelError` that names the model and what to change.
 */
import type {
  Action, ActionSpec, AnyModel, Model, Params, ParamSpecs, StatePredicate, StepPredicate,
} from '../model/define-model.ts';
import { ModelError } from '../model/errors.ts';
import type { Fields, RecordType } from '../model/types.ts';
import type { State } from '../model/view-types.ts';
import { EncodeError, StateCodec } from './codec.ts';
import { LayoutError, layOutState, type StateLayout } from './layout.ts';
import { Canonicalizer } from './symmetry.ts';
import { ViewError, ViewFactory } from './views.ts';

/** A state predicate with the model's parameters bound. */
export type Predicate = (s: State<Fields>) => boolean;

/** An action ready for the explorer. */
export interface CompiledAction {
  readonly index: number;
  readonly name: string;
  readonly spec: ActionSpec<Fields, unknown>;
  /** The fixed choices, when `over` is a list (or absent: one `undefined` choice). */
  readonly choices: readonly unknown[] | undefined;
}

/** A named predicate. */
export interface Named<P> {
  readonly name: string;
  readonly test: P;
}

/** A model compiled for one assignment of its parameters. */
export interface CompiledModel {
  readonly model: AnyModel;
  readonly name: string;
  readonly params: Readonly<Record<string, number>>;
  readonly stateType: RecordType;
  readonly layout: StateLayout;
  readonly factory: ViewFactory;
  readonly codec: StateCodec;
  readonly actions: readonly CompiledAction[];
  readonly inits: readonly Uint32Array[];
  readonly invariants: readonly Named<Predicate>[];
  readonly reachable: readonly Named<Predicate>[];
  readonly stepProperties: readonly Named<StepTest>[];
  readonly constraint: Predicate | undefined;
  readonly terminal: Predicate | undefined;
  /** Puts states in canonical form, when the model declares a symmetry. */
  readonly symmetry: Canonicalizer | undefined;
}

/** A step property with the model's parameters bound. */
export type StepTest = (
  before: State<Fields>,
  after: State<Fields>,
  step: { readonly action: string },
) => boolean;

/** Resolves `--param` overrides against the declared parameters. */
export function resolveParams(
  modelName: string,
  specs: ParamSpecs,
  overrides: Readonly<Record<string, number | string>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.default;
  for (const [name, raw] of Object.entries(overrides)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new ModelError('bad-param', `model '${modelName}' has no parameter '${name}'`,
        { model: modelName },
        known.length ? `its parameters are: ${known.join(', ')}` : 'it takes no parameters');
    }
    const value = typeof raw === 'number' ? raw : Number(raw.trim() === '' ? NaN : raw);
    const min = spec.min ?? 0;
    const max = spec.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new ModelError('bad-param',
        `parameter '${name}' of model '${modelName}' must be an integer in ${min}..${
          spec.max ?? '∞'}, got '${raw}'`, { model: modelName });
    }
    out[name] = value;
  }
  return out;
}

function userCall<T>(model: string, what: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ModelError) throw err;
    throw new ModelError('threw', `model '${model}': ${what} threw: ${String(err)}`,
      { model }, 'fix the model code; run with --verbose for the stack trace', err);
  }
}

function compileActions(model: AnyModel, params: Record<string, number>): CompiledAction[] {
  const name = model.spec.name;
  const made: Action<Fields>[] = userCall(name, 'actions()', () =>
    [...model.spec.actions(params, (n, spec) =>
      ({ name: n, spec: spec as ActionSpec<Fields, unknown> }))]);
  const seen = new Set<string>();
  return made.map((a, index) => {
    if (typeof a?.name !== 'string' || typeof a.spec?.then !== 'function') {
      throw new ModelError('bad-model',
        `model '${name}': action #${index} needs a name and a 'then'`,
        { model: name }, "declare actions with action('Name', { then: (s) => { ... } })");
    }
    if (seen.has(a.name)) {
      throw new ModelError('bad-model', `model '${name}' declares action '${a.name}' twice`,
        { model: name, action: a.name });
    }
    seen.add(a.name);
    const over = a.spec.over;
    const choices = over === undefined ? [undefined] : Array.isArray(over) ? over : undefined;
    return { index, name: a.name, spec: a.spec, choices };
  });
}

function encodeInits(model: AnyModel, codec: StateCodec,
  params: Record<string, number>): Uint32Array[] {
  const name = model.spec.name;
  const raw = userCall(name, 'init()', () => model.spec.init(params));
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) {
    throw new ModelError('bad-init', `model '${name}': init() returned no initial state`,
      { model: name });
  }
  return list.map((value, i) => {
    try {
      return codec.encode(value);
    } catch (err) {
      if (!(err instanceof EncodeError || err instanceof ViewError)) throw err;
      const which = list.length > 1 ? `initial state #${i}` : 'the initial state';
      throw new ModelError('bad-init', `model '${name}': ${which} is not valid: ${err.message}`,
        { model: name, field: err.path },
        'make init() return plain data of the declared state type');
    }
  });
}

function bind<P>(specs: { readonly [k: string]: P } | undefined): Named<P>[] {
  return Object.entries(specs ?? {}).map(([name, test]) => ({ name, test }));
}

function symmetryOf(model: AnyModel, layout: StateLayout, params: Record<string, number>):
  Canonicalizer | undefined {
  const name = model.spec.name;
  const declared = model.spec.symmetry && userCall(name, 'symmetry()', () =>
    model.spec.symmetry!(params));
  return declared ? new Canonicalizer(layout, declared, name) : undefined;
}

/** Compiles `model` with parameter overrides. Throws `ModelError`. */
export function compileModel<F extends Fields, PS extends ParamSpecs>(
  typed: Model<F, PS>,
  overrides: Readonly<Record<string, number | string>> = {},
): CompiledModel {
  // From here on the state type is only known at run time, through its layout.
  const model = typed as unknown as AnyModel;
  const spec = model.spec;
  const name = spec.name;
  const params = resolveParams(name, spec.params ?? {}, overrides);
  const fields = userCall(name, 'state()', () => spec.state(params));
  const stateType: RecordType = { kind: 'record', fields };
  let layout: StateLayout;
  try {
    layout = layOutState(stateType);
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    throw new ModelError('bad-state-type', `model '${name}': ${err.message}`,
      { model: name, field: err.path });
  }
  const factory = new ViewFactory();
  const codec = new StateCodec(layout, factory);
  // The parameters are bound without rest arguments: these run once per state.
  type P = Params<ParamSpecs>;
  const onState = (f: StatePredicate<Fields, P> | undefined): Predicate | undefined =>
    f && ((st) => f(st, params));
  const onStep = (f: StepPredicate<Fields, P>): StepTest =>
    (before, after, step) => f(before, after, step, params);
  return {
    model, name, params, stateType, layout, factory, codec,
    actions: compileActions(model, params),
    inits: encodeInits(model, codec, params),
    invariants: bind(spec.invariants).map((p) => ({ name: p.name, test: onState(p.test)! })),
    reachable: bind(spec.reachable).map((p) => ({ name: p.name, test: onState(p.test)! })),
    stepProperties: bind(spec.stepProperties).map((p) => ({ name: p.name, test: onStep(p.test) })),
    constraint: onState(spec.constraint),
    terminal: onState(spec.terminal),
    symmetry: symmetryOf(model, layout, params),
  };
}
