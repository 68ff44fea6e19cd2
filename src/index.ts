/**
 * faultline's public API for model authors: declare a protocol with
 * `defineModel`, its state with `t`, its arithmetic with `defineArithmetic`,
 * explore it with `compileModel` and `explore`, and list what CI verifies
 * with `definePlan`.
 */
export * from './model/index.ts';
export { compileModel, explore } from './engine/index.ts';
export type {
  SearchOptions, SearchResult, SearchStats, TracePath, Verdict,
} from './engine/index.ts';
export { definePlan } from './props/index.ts';
export type {
  CheckEntrySpec, CheckExpectation, ExpectedBound, Plan, PlanSpec, ProofEntrySpec,
} from './props/index.ts';
export * from './env/index.ts';
