/**
 * faultline's public API for model authors: declare a protocol with
 * `defineModel`, its state with `t`, and explore it with `explore`.
 */
export { t } from './model/types.ts';
export type { Type, Fields, Plain } from './model/types.ts';
export { defineModel, isModel, range } from './model/define-model.ts';
export type {
  Action, ActionKind, ActionMaker, ActionSpec, AnyModel, Model, ModelSpec, ParamSpec, ParamSpecs,
  Params, StepMessage, SymmetrySpec,
} from './model/define-model.ts';
export type { Draft, State, PlainState, InitState, SetState, SetDraft, ArrayState } from
  './model/view-types.ts';
export { ModelError } from './model/errors.ts';
export { compileModel } from './engine/compile.ts';
export { explore } from './engine/search.ts';
export type { SearchOptions } from './engine/search.ts';
export type { SearchResult, Verdict, TracePath, SearchStats } from './engine/result.ts';
