/**
 * The trace layer: counterexamples rebuilt by replay from the explorer's
 * paths, with each step's action, actor, message and changed fields.
 */
export { replay } from './replay.ts';
export type { ReplayError, ReplayResult } from './replay.ts';
export { diffStates } from './diff.ts';
export { finalState, processName } from './trace.ts';
export type { FieldChange, PlainObject, PlainValue, Trace, TraceStep } from './trace.ts';
