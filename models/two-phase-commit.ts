/**
 * Two-phase commit, after Lamport's TwoPhase specification in the TLA+
 * Examples: a transaction manager (TM) and `rm` resource managers (RMs)
 * exchanging messages through a set that only grows, so every message may be
 * received again (those re-receptions are steps, as in the specification).
 *
 * Expected: TCConsistent holds; 288 distinct / 1,146 generated states at rm=3.
 */
import { defineModel, range, t } from '../src/index.ts';

export default defineModel({
  name: 'two-phase-commit',
  doc: 'Two-phase commit (Lamport, TwoPhase.tla)',
  params: {
    rm: { default: 3, min: 1, max: 24, doc: 'number of resource managers' },
    symmetry: { default: 0, min: 0, max: 1, doc: '1: explore one state per renaming of the RMs' },
  },

  state: ({ rm }) => ({
    rmState: t.array(rm, t.enum('working', 'prepared', 'committed', 'aborted')),
    tmState: t.enum('init', 'committed', 'aborted'),
    tmPrepared: t.set(rm),
    /** The messages ever sent: "Prepared" from each RM, and the TM's decision. */
    msgs: t.record({ prepared: t.set(rm), commit: t.bool(), abort: t.bool() }),
  }),

  init: ({ rm }) => ({
    rmState: range(rm).map(() => 'working' as const),
    tmState: 'init',
    tmPrepared: [],
    msgs: { prepared: [], commit: false, abort: false },
  }),

  // The RMs are interchangeable: their ids index rmState and are members of two sets.
  symmetry: ({ rm, symmetry }) => symmetry === 1
    ? { processes: rm, arrays: ['rmState'], sets: ['tmPrepared', 'msgs.prepared'] }
    : undefined,

  /** Resource managers are processes 0..rm-1; the transaction manager is process rm. */
  processes: ({ rm }) => [...range(rm).map((r) => `RM${r}`), 'TM'],

  actions: ({ rm }, action) => [
    action('TMCommit', {
      when: (s) => s.tmState === 'init' && s.tmPrepared.size === rm,
      then: (s) => {
        s.tmState = 'committed';
        s.msgs.commit = true;
      },
      message: () => ({ from: rm, to: range(rm), text: 'Commit' }),
      actor: () => rm,
    }),
    action('TMAbort', {
      when: (s) => s.tmState === 'init',
      then: (s) => {
        s.tmState = 'aborted';
        s.msgs.abort = true;
      },
      message: () => ({ from: rm, to: range(rm), text: 'Abort' }),
      actor: () => rm,
    }),
    action('TMRcvPrepared', {
      over: range(rm),
      when: (s, r) => s.tmState === 'init' && s.msgs.prepared.has(r),
      then: (s, r) => s.tmPrepared.add(r),
      actor: () => rm,
    }),
    action('RMPrepare', {
      over: range(rm),
      when: (s, r) => s.rmState.get(r) === 'working',
      then: (s, r) => {
        s.rmState.set(r, 'prepared');
        s.msgs.prepared.add(r);
      },
      message: (r) => ({ from: r, to: rm, text: 'Prepared' }),
      actor: (r) => r,
    }),
    action('RMChooseToAbort', {
      over: range(rm),
      when: (s, r) => s.rmState.get(r) === 'working',
      then: (s, r) => s.rmState.set(r, 'aborted'),
      actor: (r) => r,
    }),
    action('RMRcvCommitMsg', {
      over: range(rm),
      when: (s) => s.msgs.commit,
      then: (s, r) => s.rmState.set(r, 'committed'),
      actor: (r) => r,
    }),
    action('RMRcvAbortMsg', {
      over: range(rm),
      when: (s) => s.msgs.abort,
      then: (s, r) => s.rmState.set(r, 'aborted'),
      actor: (r) => r,
    }),
  ],

  invariants: {
    /** No RM has committed while another has aborted. */
    TCConsistent: (s) =>
      !(s.rmState.some((x) => x === 'committed') && s.rmState.some((x) => x === 'aborted')),
  },

  reachable: {
    committed: (s) => s.rmState.every((x) => x === 'committed'),
    aborted: (s) => s.rmState.every((x) => x === 'aborted'),
  },
});
