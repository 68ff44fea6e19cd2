/**
 * The CLI run in-process through `main` with captured streams: exit code 3
 * for faultline's own failures, `list`, progress lines, replay commands.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CapturedIo, guarded, main } from '../../src/cli/main.ts';
import { exitCodeForVerdict } from '../../src/cli/exit-codes.ts';
import { classifyThrown } from '../../src/cli/failure.ts';
import { progressLine, progressPrinter } from '../../src/cli/progress.ts';
import { replayCommand, shellQuote } from '../../src/cli/replay-command.ts';
import { ModelError } from '../../src/model/errors.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('internal errors', () => {
  it('an unexpected exception exits 3, says it is a bug, and hides the stack', async () => {
    const io = new CapturedIo(ROOT);
    const code = await guarded(['check', 'x.ts'], io, () => {
      throw new TypeError('cannot read properties of undefined');
    });
    expect(code).toBe(3);
    expect(io.stderr).toContain('faultline: error: internal error in faultline: ' +
      'cannot read properties of undefined');
    expect(io.stderr).toContain('this is a bug in faultline, not in your model');
    expect(io.stderr).not.toMatch(/^\s+at /m);
    expect(io.stdout).toBe('');
  });

  it('with --verbose the stack is shown, and with --json one document is printed', async () => {
    const io = new CapturedIo(ROOT);
    const code = await guarded(['check', 'x.ts', '--json', '--verbose'], io, async () => {
      throw new Error('boom');
    });
    expect(code).toBe(3);
    expect(io.stderr).toMatch(/Error: boom\n\s+at /);
    const doc = JSON.parse(io.stdout) as { error: { exitCode: number; code: string } };
    expect(doc.error).toMatchObject({ exitCode: 3, code: 'internal' });
  });

  it('a ModelError escaping a command is bad input (2), not internal', () => {
    const f = classifyThrown(new ModelError('threw', "model 'm' threw", { model: 'm' }));
    expect(f.exitCode).toBe(2);
    expect(f.code).toBe('threw');
  });

  it('maps verdicts to exit codes, never 0 for an incomplete search', () => {
    expect(exitCodeForVerdict({ kind: 'holds' })).toBe(0);
    expect(exitCodeForVerdict({ kind: 'violated', property: { kind: 'deadlock',
      name: 'deadlock' } })).toBe(1);
    expect(exitCodeForVerdict({ kind: 'incomplete', bound: 'max-states', limit: 5 })).toBe(4);
  });
});

describe('faultline list', () => {
  it('shows parameters with defaults and ranges, state, actions and properties', async () => {
    const io = new CapturedIo(ROOT);
    const code = await main(['list', 'models/two-phase-commit.ts', '--param', 'rm=2'], io);
    expect(code).toBe(0);
    expect(io.stdout).toContain('  rm        default 3, now 2, range 1..24  number of resource managers');
    expect(io.stdout).toContain('  tmPrepared  set of 0..1');
    expect(io.stdout).toContain('Actions (7):');
    expect(io.stdout).toContain('  RMPrepare        2 choices');
    expect(io.stdout).toContain('Invariants: TCConsistent');
    expect(io.stdout).toContain('Reachability goals: committed, aborted');
  });

  it('marks fault actions and prints JSON with --json', async () => {
    const io = new CapturedIo(ROOT);
    const code = await main(['list', 'test/fixtures/violated-lost-message.ts', '--json'], io);
    expect(code).toBe(0);
    const doc = JSON.parse(io.stdout) as { actions: unknown[]; invariants: string[] };
    expect(doc.actions).toEqual([
      { name: 'Send', kind: 'protocol', choices: 1 },
      { name: 'Receive', kind: 'protocol', choices: 1 },
      { name: 'Lose', kind: 'fault', choices: 1 },
    ]);
    expect(doc.invariants).toEqual(['NoLoss']);
  });

  it('exits 2 on an unknown parameter', async () => {
    const io = new CapturedIo(ROOT);
    expect(await main(['list', 'models/two-phase-commit.ts', '--param', 'n=2'], io)).toBe(2);
    expect(io.stderr).toContain("model 'two-phase-commit' has no parameter 'n'");
  });
});

describe('progress lines', () => {
  const event = { type: 'progress' as const, distinct: 12345, generated: 67890, depth: 7,
    queue: 321, seconds: 3.04, statesPerSecond: 4061 };

  it('are plain lines without cursor codes when stderr is not a terminal', () => {
    const io = new CapturedIo(ROOT, false);
    const p = progressPrinter(io);
    p.onEvent(event);
    p.onEvent(event);
    p.finish();
    const line = 'progress: 12,345 distinct, 67,890 generated, depth 7, queue 321, ' +
      '4,061 states/s, 3.0 s';
    expect(progressLine(event)).toBe(line);
    expect(io.stderr).toBe(`${line}\n${line}\n`);
  });

  it('redraw one line on a terminal and clear it at the end', () => {
    const io = new CapturedIo(ROOT, true);
    const p = progressPrinter(io);
    p.onEvent(event);
    p.finish();
    expect(io.stderr).toBe(`\r\x1b[K${progressLine(event)}\r\x1b[K`);
  });

  it('appear on stderr during a long enough check, and not with --quiet', async () => {
    const args = ['check', 'models/two-phase-commit.ts', '--param', 'rm=5',
      '--progress-every', '0.001'];
    const io = new CapturedIo(ROOT);
    expect(await main(args, io)).toBe(0);
    expect(io.stderr).toMatch(/^progress: [\d,]+ distinct, [\d,]+ generated, depth \d+, queue/m);
    expect(io.stderr).not.toContain('\x1b');
    const quiet = new CapturedIo(ROOT);
    expect(await main([...args, '--quiet'], quiet)).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('replay commands', () => {
  const base = { file: 'models/x.ts', params: { n: 3 }, strategy: 'bfs' as const,
    maxDepth: undefined, maxStates: undefined, deadlock: true, invariants: [] };

  it('name every parameter and the violated invariant', () => {
    expect(replayCommand({ ...base, verdict: { kind: 'violated',
      property: { kind: 'invariant', name: 'Agreement' } } }))
      .toBe('npx faultline check models/x.ts --param n=3 --invariant Agreement');
  });

  it('carry the strategy, bounds and deadlock switch, quoting what the shell would split', () => {
    const cmd = replayCommand({ ...base, file: "my models/it's.ts", strategy: 'dfs',
      maxDepth: 7, maxStates: 100, deadlock: false, invariants: ['A', 'B'],
      verdict: { kind: 'incomplete', bound: 'max-depth', limit: 7 } });
    expect(cmd).toBe("npx faultline check 'my models/it'\\''s.ts' --param n=3 --strategy dfs " +
      '--max-depth 7 --max-states 100 --no-deadlock --invariant A --invariant B');
    expect(shellQuote('plain-word_1.ts')).toBe('plain-word_1.ts');
  });
});
