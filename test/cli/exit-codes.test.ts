/**
 * The launcher as a user runs it: one test per exit code, and the messages
 * of bad input naming the file, model, parameter, option or invariant.
 */
import { describe, it } from 'vitest';
import { faultline, shellWords } from './spawn-cli.ts';

const TWO_PC = 'models/two-phase-commit.ts';
const LOCK = 'test/fixtures/violated-naive-lock.ts';

describe.concurrent('faultline check exit codes', () => {
  it('exits 0 on two-phase commit at rm=3 and prints the TLC counts', async ({ expect }) => {
    const run = await faultline(['check', TWO_PC, '--param', 'rm=3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HOLDS: every property holds in all 288 reachable states');
    expect(run.stdout).toContain('288 distinct states, 1,146 generated, depth 10');
    expect(run.stdout).toMatch(/^ {2}RMRcvAbortMsg +648$/m);
    expect(run.stdout).toMatch(/^ {2}committed +met$/m);
    expect(run.stdout).not.toContain('Replay:');
    expect(run.stderr).toBe('');
  });

  it('exits 1 on a broken invariant with the 4-step shortest trace', async ({ expect }) => {
    const run = await faultline(['check', LOCK]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("VIOLATED: invariant 'MutualExclusion' is false");
    expect(run.stdout).toContain('Shortest trace (4 steps):');
    expect(run.stdout).toContain('  3. Enter(0)  actor 0  message 0 -> {1} "taken"\n' +
      '       pc[0]: "saw-free" -> "critical"\n       locked: false -> true\n');
    expect(run.stdout).toContain("  -> invariant 'MutualExclusion' fails here");
    const replay = run.stdout.match(/^Replay: (.*)$/m)?.[1];
    expect(replay).toBe(`npx faultline check ${LOCK} --param n=2 --invariant MutualExclusion`);
  });

  it('prints a replay command that reproduces the same verdict and trace', async ({ expect }) => {
    const first = await faultline(['check', LOCK, '--param', 'n=3', '--strategy', 'dfs']);
    expect(first.code).toBe(1);
    const command = first.stdout.match(/^Replay: (.*)$/m)![1]!;
    const words = shellWords(command);
    expect(words.slice(0, 3)).toEqual(['npx', 'faultline', 'check']);
    const again = await faultline(words.slice(2));
    expect(again.code).toBe(1);
    const trace = (out: string) => out.slice(out.indexOf('Trace ('), out.indexOf('Replay:'));
    expect(trace(again.stdout)).toBe(trace(first.stdout));
    expect(trace(first.stdout)).toContain('Trace (');
  });

  it('exits 1 on a deadlock, and on an unmet reachability goal without one', async ({ expect }) => {
    const file = 'test/fixtures/violated-deadlock.ts';
    const stuck = await faultline(['check', file]);
    expect(stuck.code).toBe(1);
    expect(stuck.stdout).toContain('VIOLATED: a reachable state has no enabled step');
    expect(stuck.stdout).toContain('Shortest trace (2 steps):');
    expect(stuck.stdout).toContain('  -> deadlock freedom fails here');
    const vacuous = await faultline(['check', file, '--no-deadlock']);
    expect(vacuous.code).toBe(1);
    expect(vacuous.stdout).toContain("VIOLATED: reachability goal 'ReachesThree' is met by " +
      'no reachable state');
    expect(vacuous.stdout).toMatch(/^ {2}Reset +0 {2}<- never fired$/m);
    expect(vacuous.stdout).toContain(`Replay: npx faultline check ${file} --no-deadlock\n`);
  });

  it('exits 4 when --max-states cuts the search, and says so', async ({ expect }) => {
    const run = await faultline(['check', TWO_PC, '--max-states', '10']);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('INCOMPLETE: the search stopped at --max-states 10');
    expect(run.stdout).not.toContain('HOLDS');
    expect(run.stdout).toContain('10 distinct states');
  });

  it('exits 4 when --max-depth cuts the search', async ({ expect }) => {
    const run = await faultline(['check', TWO_PC, '--max-depth', '3', '--json']);
    expect(run.code).toBe(4);
    const doc = JSON.parse(run.stdout) as { verdict: unknown; stats: { distinct: number } };
    expect(doc.verdict).toEqual({ kind: 'incomplete', bound: 'max-depth', limit: 3 });
    expect(doc.stats.distinct).toBe(67);
  });

  it('exits 0 when the depth bound is beyond the deepest state', async ({ expect }) => {
    const run = await faultline(['check', TWO_PC, '--max-depth', '10', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('288 distinct states');
  });
});

describe.concurrent('faultline bad input exits 2 with a message that says what to do', () => {
  const cases: [string, string[], RegExp[]][] = [
    ['a missing file', ['check', 'models/nope.ts'],
      [/model file 'models\/nope.ts' not found/, /hint: give the path of a TypeScript model/]],
    ['an unknown option', ['check', TWO_PC, '--bogus'], [/unknown option '--bogus'/]],
    ['an unknown command', ['chekc', TWO_PC], [/unknown command 'chekc'/, /Did you mean check/]],
    ['an unknown --param', ['check', TWO_PC, '--param', 'nodes=3'],
      [/model 'two-phase-commit' has no parameter 'nodes'/, /its parameters are: rm/]],
    ['an out-of-range --param', ['check', TWO_PC, '--param', 'rm=99'],
      [/parameter 'rm' of model 'two-phase-commit' must be an integer in 1\.\.24, got '99'/]],
    ['a malformed --param', ['check', TWO_PC, '--param', 'rm'],
      [/--param <name=value>' argument 'rm' is invalid\. expected name=value/]],
    ['an unknown --invariant', ['check', TWO_PC, '--invariant', 'Agreement'],
      [/model 'two-phase-commit' has no invariant 'Agreement'/,
        /its invariants are: TCConsistent/]],
    ['a bad --max-states', ['check', TWO_PC, '--max-states', '-5'],
      [/--max-states <n>' argument '-5' is invalid/]],
    ['a file with no model export', ['check', 'test/fixtures/no-model-export.ts'],
      [/'test\/fixtures\/no-model-export.ts' exports no model made by defineModel/,
        /export default defineModel/]],
    ['a model whose guard throws', ['check', 'test/fixtures/bad-throws.ts'],
      [/action 'Divide' of model 'throws' threw in its guard \(when\).*cannot divide by zero/]],
    ['a model file that throws while loading', ['check', 'test/fixtures/bad-load-throws.ts'],
      [/model file 'test\/fixtures\/bad-load-throws.ts' failed to load: SyntaxError/]],
  ];

  it.for(cases)('%s', async ([, args, patterns], { expect }) => {
    const run = await faultline(args);
    expect(run.code).toBe(2);
    for (const p of patterns) expect(run.stderr).toMatch(p);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });

  it('shows the stack trace of a throwing model only with --verbose', async ({ expect }) => {
    const run = await faultline(['check', 'test/fixtures/bad-throws.ts', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/RangeError: cannot divide by zero\n\s+at /);
  });

  it('exits 2 with usage when no command is given', async ({ expect }) => {
    const run = await faultline([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: faultline');
  });
});
