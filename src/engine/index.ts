/**
 * The engine layer's public entry: compiling a model, exploring it, and the
 * pieces later layers need to replay and describe what it found.
 */
export { compileModel, resolveParams } from './compile.ts';
export type { CompiledAction, CompiledModel, Named, Predicate, StepTest } from './compile.ts';
export { explore } from './search.ts';
export type { SearchOptions } from './search.ts';
export type {
  ActionCoverage, Bound, PropertyRef, ReachableStatus, SearchEvent, SearchResult, SearchStats,
  TracePath, Verdict,
} from './result.ts';
export { Expander, formatChoice, stepLabel } from './expander.ts';
export type { SuccessorSink } from './expander.ts';
export { Fingerprinter } from './fingerprint.ts';
export { collisionProbability } from './visited.ts';
export { Holder, ViewError } from './views.ts';
export { withPurityGuards, ImpureCall } from './purity.ts';
export { EncodeError, StateCodec, toPlain } from './codec.ts';
export type { PlainObject, PlainValue } from './codec.ts';
export { layOutState, LayoutError } from './layout.ts';
export type { StateLayout } from './layout.ts';
