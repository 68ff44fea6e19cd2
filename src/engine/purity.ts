/**
 * Guards that catch impure model code while a search runs: reading the clock
 * or randomness makes a run unrepeatable and a trace unreplayable.
 *
 * Limit: only `Math.random`, `Date.now` and `new Date()` without arguments
 * are caught this way; other hidden inputs (module-level variables, I/O) are
 * caught when they change a successor, by the engine's replay comparison.
 */

/** Thrown by the guarded globals; the expander turns it into a `ModelError`. */
export class ImpureCall extends Error {
  constructor(readonly what: string) {
    super(`model code called ${what}`);
  }
}

/** Runs `fn` with the clock and randomness guarded; restores them afterwards. */
export function withPurityGuards<T>(fn: () => T): T {
  const random = Math.random;
  const now = Date.now;
  const RealDate = globalThis.Date;
  Math.random = () => {
    throw new ImpureCall('Math.random()');
  };
  Date.now = () => {
    throw new ImpureCall('Date.now()');
  };
  const GuardedDate = new Proxy(RealDate, {
    construct(target, args: unknown[]) {
      if (args.length === 0) throw new ImpureCall('new Date()');
      return Reflect.construct(target, args) as object;
    },
  });
  globalThis.Date = GuardedDate;
  try {
    return fn();
  } finally {
    Math.random = random;
    Date.now = now;
    globalThis.Date = RealDate;
  }
}
