/**
 * The one Z3 instance of the process. `init()` runs once; every lemma reuses
 * the same solver inside `push`/`pop`; queries are serialised (Z3's solver is
 * not re-entrant) and each has a soft timeout inside Z3 and a hard watchdog
 * outside it, so a stuck query ends as `unknown` and never hangs the caller.
 */
import { type Context, type Solver, init, killThreads } from 'z3-solver';

type Api = Awaited<ReturnType<typeof init>>;

/** The live Z3 objects. */
export interface Z3Session {
  readonly api: Api;
  readonly ctx: Context<'main'>;
  readonly solver: Solver<'main'>;
  /** Set when a query outlived its watchdog: the solver can no longer be trusted. */
  broken: string | undefined;
}

/** The result of one satisfiability query. */
export type CheckOutcome =
  | { readonly kind: 'sat' | 'unsat' }
  | { readonly kind: 'unknown'; readonly reason: string };

let session: Promise<Z3Session> | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function start(): Promise<Z3Session> {
  const api = await init();
  const ctx = api.Context('main');
  return { api, ctx, solver: new ctx.Solver(), broken: undefined };
}

/** Runs `work` with exclusive use of the solver, starting Z3 on first use. */
export function withSession<T>(work: (s: Z3Session) => Promise<T>): Promise<T> {
  const run = queue.then(async () => work(await (session ??= start())));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Releases the solver and ends Z3's worker threads so the process can exit.
 * The next proof starts a fresh Z3. Safe to call when Z3 never started.
 */
export async function shutdownProver(): Promise<void> {
  const pending = session;
  if (pending === undefined) return;
  await queue;
  session = undefined;
  const s = await pending;
  s.solver.release();
  // Let finished workers report back first, or Emscripten complains about them.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await killThreads(s.api.em).catch(() => undefined);
}

function delay(ms: number): { promise: Promise<'watchdog'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'watchdog'>((resolve) => {
    timer = setTimeout(() => resolve('watchdog'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Checks the solver's assertions with a soft Z3 timeout of `timeoutMs` and a
 * hard watchdog (by default two seconds later); past the watchdog Z3 is
 * interrupted and the query ends as unknown.
 */
export async function check(
  s: Z3Session, timeoutMs: number, watchdogMs = timeoutMs + 2000,
): Promise<CheckOutcome> {
  if (s.broken !== undefined) return { kind: 'unknown', reason: s.broken };
  s.solver.set('timeout', timeoutMs);
  const query = s.solver.check().then(
    (r) => r,
    (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
  );
  const watchdog = delay(watchdogMs);
  const first = await Promise.race([query, watchdog.promise]);
  watchdog.cancel();
  if (first === 'watchdog') return interrupted(s, query, watchdogMs);
  if (typeof first === 'object') return { kind: 'unknown', reason: `z3 failed: ${first.error}` };
  if (first === 'unknown') return { kind: 'unknown', reason: unknownReason(s, timeoutMs) };
  return { kind: first };
}

async function interrupted(
  s: Z3Session, query: Promise<unknown>, watchdogMs: number,
): Promise<CheckOutcome> {
  s.ctx.interrupt();
  const grace = delay(5000);
  const after = await Promise.race([query, grace.promise]);
  grace.cancel();
  if (after === 'watchdog') s.broken = 'an earlier query did not stop when interrupted';
  return { kind: 'unknown', reason: `no answer within ${watchdogMs} ms (watchdog)` };
}

function unknownReason(s: Z3Session, timeoutMs: number): string {
  const reason = s.solver.reasonUnknown();
  if (reason === 'timeout' || reason === 'canceled') return `no answer within ${timeoutMs} ms`;
  return `z3 gave up: ${reason}`;
}
