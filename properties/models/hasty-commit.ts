/**
 * A deliberately broken two-phase commit, kept in the plan to show that the
 * gate catches a violation: the transaction manager commits as soon as one
 * resource manager has said "Prepared" instead of waiting for all of them,
 * so another resource manager may have aborted on its own.
 *
 * Expected: TCConsistent is violated; the shortest counterexample has 5
 * steps (RM 0 prepares, the TM receives it and commits, RM 0 commits, RM 1
 * aborts).
 */
import { defineModel, range, t } from '../../src/index.ts';

export default defineModel({
  name: 'hasty-commit',
  doc: 'Two-phase commit whose TM commits on the first Prepared (broken on purpose)',
  params: { rm: { default: 2, min: 2, max: 8, doc: 'number of resource managers' } },

  state: ({ rm }) => ({
    rmState: t.array(rm, t.enum('working', 'prepared', 'committed', 'aborted')),
    tmState: t.enum('init', 'committed', 'aborted'),
    tmPrepared: t.set(rm),
    msgs: t.record({ prepared: t.set(rm), commit: t.bool(), abort: t.bool() }),
  }),

  init: ({ rm }) => ({
    rmState: range(rm).map(() => 'working' as const),
    tmState: 'init',
    tmPrepared: [],
    msgs: { prepared: [], commit: false, abort: false },
  }),

  actions: ({ rm }, action) => [
    action('TMCommit', {
      // The flaw: one Prepared is taken as everyone's.
      when: (s) => s.tmState === 'init' && s.tmPrepared.size >= 1,
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
});
