#!/usr/bin/env node
// The faultline launcher: registers tsx's loader so that the CLI and the
// user's model files run as TypeScript without a build step, then runs the CLI.
import { register } from 'tsx/esm/api';

register();

try {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  const verbose = process.argv.includes('--verbose');
  process.stderr.write(`faultline: internal error: could not start: ${err?.message ?? err}\n` +
    (verbose && err?.stack ? `${err.stack}\n` : '  hint: reinstall with npm ci; ' +
      'run with --verbose for the stack trace\n'));
  process.exitCode = 3;
}
