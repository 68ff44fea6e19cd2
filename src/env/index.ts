/**
 * The adversary's building blocks. Each block owns one state field, named by
 * the model, and offers the field's type and initial value, accessors for
 * guards and effects, and factories of ordinary actions (kind `'fault'` for
 * adversary steps), so faults show in traces like protocol steps.
 */
export { budget } from './budget.ts';
export type { Budget } from './budget.ts';
export { messageSpace } from './message-space.ts';
export type { Dimensions, Message, MessageSpace } from './message-space.ts';
export { bagNetwork, setNetwork } from './unordered-network.ts';
export type {
  DeliverOptions, FaultOptions, NetworkDraft, NetworkState, UnorderedNetwork,
} from './unordered-network.ts';
export { fifoNetwork } from './fifo-network.ts';
export type {
  Channel, FifoDeliverOptions, FifoDraft, FifoNetwork, FifoState, FifoType,
} from './fifo-network.ts';
export { crashStop } from './crash-stop.ts';
export type {
  BroadcastCrashOptions, CrashOptions, CrashStop, PartialBroadcast,
} from './crash-stop.ts';
export { crashRecovery } from './crash-recovery.ts';
export type {
  CrashRecovery, CrashRecoveryDraft, CrashRecoveryOptions, CrashRecoveryState, CrashRecoveryType,
} from './crash-recovery.ts';
export { resetFields } from './reset-fields.ts';
export type { PlainValue } from './reset-fields.ts';
export { linkPartition, splitPartition } from './partitions.ts';
export type {
  Link, LinkCutState, LinkCutType, LinkPartition, SplitPartition, SplitState, SplitType,
} from './partitions.ts';
export { coinFlip, FAIR_BIT, randomChoice } from './coins.ts';
export type { Draw, Outcome, RandomOptions } from './coins.ts';
export type { Has } from './internal/field.ts';
export { canRead, readings } from './quorum-reads.ts';
export type { Reading } from './quorum-reads.ts';
