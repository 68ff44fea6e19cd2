/**
 * Impure and malformed models, run through the launcher: each exits 2 and
 * names the action (or, for initial states, the field) at fault.
 */
import { describe, it } from 'vitest';
import { faultline } from './spawn-cli.ts';

const cases: [string, string, RegExp][] = [
  ['a guard writing deep inside a nested array', 'impure-guard-nested-write.ts',
    new RegExp("action 'Vote' of model 'guard-nested-write' wrote the state in its guard " +
      "\\(when\\): wrote state field 'procs\\[0\\]\\.votes\\[1\\]'")],
  ['an effect writing through an alias of its input', 'impure-alias-write.ts',
    /action 'Commit' of model 'alias-write' mutated its input state \(through an alias/],
  ['a guard that writes only five steps in', 'impure-late-write.ts',
    new RegExp("action 'Deliver' of model 'late-write' wrote the state in its guard " +
      "\\(when\\): wrote state field 'seen\\[0\\]'")],
  ['an action depending on module-level mutable state', 'impure-module-state.ts',
    /action 'Send' of model 'module-state' gave different successors for the same state/],
  ['an action whose successors differ when replayed', 'impure-replay-differs.ts',
    /action 'Pick' of model 'replay-differs' gave different successors for the same state/],
  ['an action calling Math.random', 'impure-random.ts',
    /action 'Flip' of model 'random' called Math\.random\(\)/],
  ['an effect writing NaN', 'bad-effect-nan.ts',
    /action 'Average' of model 'effect-nan'.*wrote NaN to state field 'total'/],
  ['a function in the initial state', 'bad-init-function.ts',
    /model 'init-function': the initial state is not valid: wrote a function to .*'timeout'/],
  ['a class instance in the initial state', 'bad-init-class.ts',
    /model 'init-class': .*state field 'peer': expected a plain object, got an instance of Peer/],
  ['NaN in the initial state', 'bad-init-nan.ts',
    /model 'init-nan': .*wrote NaN to state field 'balance'/],
  ['a cycle in the initial state', 'bad-init-cycle.ts',
    /model 'init-cycle': .*state field 'head\.next': the value contains a cycle/],
];

describe.concurrent('impure or malformed models exit 2 naming what is wrong', () => {
  it.for(cases)('%s', async ([, file, pattern], { expect }) => {
    const run = await faultline(['check', `test/fixtures/${file}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).toContain('hint: ');
    expect(run.stdout).toBe('');
  });

  it('the late write is invisible until the search is five steps deep', async ({ expect }) => {
    const run = await faultline(['check', 'test/fixtures/impure-late-write.ts',
      '--max-depth', '4', '--quiet']);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('INCOMPLETE: the search stopped at --max-depth 4');
  });
});
