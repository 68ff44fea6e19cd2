/**
 * A deliberately broken two-phase commit, kept in the plan to show that the
 * gate catches a violation: the transaction manager commits as soon as one
 * resource manager has said "Prepared" instead of waiting for all of them,
 * so another resource manager may have aborted on its own. Everything else is
 * the shipped model, reused as it is.
 *
 * Expected: TCConsistent is violated; the shortest counterexample has 5
 * steps (RM 0 prepares, the TM receives it and commits, RM 0 commits, RM 1
 * aborts).
 */
import twoPhase from '../../models/two-phase-commit.ts';
import { defineModel, range } from '../../src/index.ts';

const spec = twoPhase.spec;

export default defineModel({
  ...spec,
  name: 'hasty-commit',
  doc: 'Two-phase commit whose TM commits on the first Prepared (broken on purpose)',
  params: {
    ...spec.params!,
    rm: { default: 2, min: 2, max: 8, doc: 'number of resource managers' },
  },
  reachable: {},

  actions: (params, action) => spec.actions(params, action).map((a) => a.name !== 'TMCommit' ? a
    : action('TMCommit', {
      // The flaw: one Prepared is taken as everyone's.
      when: (s) => s.tmState === 'init' && s.tmPrepared.size >= 1,
      then: (s) => {
        s.tmState = 'committed';
        s.msgs.commit = true;
      },
      message: () => ({ from: params.rm, to: range(params.rm), text: 'Commit' }),
      actor: () => params.rm,
    })),
});
