/**
 * Running one search of a plan in a child process (see verify-worker.ts for
 * why): the parent sends the model file, parameters and options, and gets
 * back the search result as plain data, or the failure that stopped it.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SearchOptions, SearchResult } from '../engine/index.ts';
import { ExitCode } from './exit-codes.ts';
import type { Outcome } from './failure.ts';

/** What the child needs to run one search. */
export interface SearchRequest {
  /** The model file, absolute. */
  readonly modelPath: string;
  readonly params: Readonly<Record<string, number>>;
  readonly options: Pick<SearchOptions,
    'strategy' | 'maxDepth' | 'maxStates' | 'deadlock' | 'invariants'>;
}

/** The child's one answer. */
export type SearchReply = Outcome<SearchResult>;

const WORKER = fileURLToPath(new URL('./verify-worker.ts', import.meta.url));
// The same TypeScript loader the launcher registers, so the child reads .ts files too.
const TSX_ESM = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const STDERR_KEPT = 4000;

/**
 * Runs the search in a fresh Node.js process. A child that dies without
 * answering (out of memory, killed) becomes an internal failure that says so.
 */
export function searchInChild(request: SearchRequest, label: string): Promise<SearchReply> {
  return new Promise((resolve) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX_ESM], serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let reply: SearchReply | undefined;
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-STDERR_KEPT);
    });
    child.on('message', (m) => {
      reply = m as SearchReply;
    });
    child.on('error', (err) => resolve(died(label, err.message, stderr)));
    child.on('exit', (code, signal) => {
      resolve(reply ?? died(label, signal ? `signal ${signal}` : `exit code ${code}`, stderr));
    });
    child.send(request);
  });
}

function died(label: string, how: string, stderr: string): SearchReply {
  const memory = /heap out of memory|Allocation failed/i.test(stderr);
  return { ok: false, failure: {
    exitCode: ExitCode.internal, code: memory ? 'out-of-memory' : 'search-process-died',
    message: `the search for ${label} ended (${how}) without a result` +
      (memory ? ': it ran out of memory' : ''),
    hint: memory ? 'lower maxStates or the parameters of this check'
      : 'run the replay command alone to see what happened (--verbose shows the output)',
    detail: stderr === '' ? undefined : stderr,
  } };
}
