/**
 * The command line: commands, options and their help, built with
 * commander. Parsing errors (unknown commands or options, bad values) exit
 * with code 2; each command's own exit code is returned by `runProgram`.
 */
import { Command, CommanderError, Option } from 'commander';
import { runCheck, type CheckFlags } from './check-command.ts';
import { ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { runList } from './list-command.ts';
import { collect, parseCount, parseParam, parseSeconds } from './option-parsers.ts';
import { registerProve } from './prove-command.ts';
import { registerVerify } from './verify-command.ts';

/** Sets the exit code of the command that ran. */
type Finish = (code: number) => void;

function paramOption(): Option {
  return new Option('-p, --param <name=value>',
    'set a model parameter (repeatable), for example --param rm=3')
    .argParser(parseParam).default({}, 'the model\'s defaults');
}

function addCheck(program: Command, io: CliIo, finish: Finish): void {
  program.command('check')
    .description('explore every reachable state of a model and check its properties')
    .argument('<model.ts>', 'the model file (TypeScript, no build step needed)')
    .addOption(paramOption())
    .addOption(new Option('--strategy <name>', 'search order: bfs gives shortest traces')
      .choices(['bfs', 'dfs']).default('bfs'))
    .option('--max-depth <n>', 'do not expand states this many steps from the start', parseCount)
    .option('--max-states <n>', 'stop after this many distinct states', parseCount)
    .addOption(new Option('--invariant <name>', 'check only this invariant (repeatable)')
      .argParser(collect).default([], 'every invariant'))
    .option('--no-deadlock', 'do not report states without enabled steps')
    .option('--json', 'print one JSON document on stdout and nothing else there')
    .option('--report-dir <dir>', 'also write .md, .json, .html (and .itf.json) reports here')
    .option('-q, --quiet', 'no progress lines; leave out coverage and reachability')
    .option('-v, --verbose', 'stack traces on errors; the full final state of a trace')
    .option('--progress-every <seconds>', 'seconds between progress lines on stderr; 0: none',
      parseSeconds, 3)
    .action(async (file: string, opts: CheckFlags) => {
      finish(await runCheck(file, normaliseCheck(opts), io));
    });
}

function normaliseCheck(o: CheckFlags): CheckFlags {
  return {
    param: o.param, strategy: o.strategy, maxDepth: o.maxDepth, maxStates: o.maxStates,
    invariant: o.invariant, deadlock: o.deadlock !== false, json: o.json === true,
    reportDir: o.reportDir, quiet: o.quiet === true, verbose: o.verbose === true,
    progressEvery: o.progressEvery,
  };
}

function addList(program: Command, io: CliIo, finish: Finish): void {
  program.command('list')
    .description("show a model's parameters, state, actions and properties")
    .argument('<model.ts>', 'the model file')
    .addOption(paramOption())
    .option('--json', 'print one JSON document on stdout')
    .option('-v, --verbose', 'stack traces on errors')
    .action(async (file: string, o: { param: Record<string, string>; json?: boolean;
      verbose?: boolean }) => {
      finish(await runList(file, { param: o.param, json: o.json === true,
        verbose: o.verbose === true }, io));
    });
}

/** Builds the program; `finish` receives the exit code of the command that runs. */
export function buildProgram(io: CliIo, finish: Finish): Command {
  const program = new Command('faultline')
    .description('a model checker for distributed protocols written in TypeScript')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`faultline: ${s}`),
    })
    .showHelpAfterError("(run 'faultline help' or add --help for usage)")
    .showSuggestionAfterError(true);
  addCheck(program, io, finish);
  addList(program, io, finish);
  registerProve(program, io, finish);
  registerVerify(program, io, finish);
  return program;
}

/** Parses `argv` (the arguments after the program name) and runs the command. */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    io.err(program.helpInformation());
    return ExitCode.badInput;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.exitCode === 0) return ExitCode.ok;
    // Commander has printed the message; a --json caller still gets its one document.
    if (argv.includes('--json')) io.out(`${usageErrorJson(argv[0] ?? '', err)}\n`);
    return ExitCode.badInput;
  }
  return code;
}

function usageErrorJson(command: string, err: CommanderError): string {
  const message = err.message.replace(/^error: /, '');
  return JSON.stringify({
    format: 'faultline-error/1', command,
    error: { exitCode: ExitCode.badInput, code: err.code, message,
      hint: "run 'faultline help' or add --help for usage" },
  }, null, 2);
}
