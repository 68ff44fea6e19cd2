/**
 * faultline's public API for model authors: declare a protocol with
 * `defineModel`, its state with `t`, its arithmetic with `defineArithmetic`,
 * and explore it with `compileModel` and `explore`.
 */
export * from './model/index.ts';
export { compileModel, explore } from './engine/index.ts';
export type {
  SearchOptions, SearchResult, SearchStats, TracePath, Verdict,
} from './engine/index.ts';
