/**
 * The model layer's public entry: the language protocol authors write in.
 */
export { t, isScalar, describeType } from './types.ts';
export type {
  ArrayType, BoolType, EnumType, Fields, IntType, Plain, RecordType, ScalarType, SetType, Type,
} from './types.ts';
export { defineModel, isModel, range } from './define-model.ts';
export type {
  Action, ActionKind, ActionMaker, ActionSpec, AnyModel, Model, ModelSpec, ParamSpec, ParamSpecs,
  Params, StatePredicate, StepMessage, StepPredicate, SymmetrySpec,
} from './define-model.ts';
export type {
  ArrayState, Draft, DraftOf, InitState, PlainState, ScalarArrayDraft, SetDraft, SetState, State,
  StateOf,
} from './view-types.ts';
export { ModelError } from './errors.ts';
export type { ModelErrorCode } from './errors.ts';
export { defineArithmetic, implies, isArithmeticDeclaration } from './arithmetic.ts';
export type {
  ArithmeticDeclaration, ArithmeticSpec, Assignment, ExpectedVerdict, LemmaSpec, VarRange,
} from './arithmetic.ts';
