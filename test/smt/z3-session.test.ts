/**
 * The Z3 session's guarantees: a query that ignores its soft timeout is cut
 * off by the watchdog and ends as unknown, and the solver still answers
 * afterwards.
 */
import { afterAll, expect, it } from 'vitest';
import { check, shutdownProver, withSession } from '../../src/smt/internal/z3-session.ts';

afterAll(async () => {
  await shutdownProver();
});

it('interrupts a stuck query at the watchdog and keeps working', async () => {
  const outcome = await withSession(async (s) => {
    const { Int } = s.ctx;
    const [x, y, z] = [Int.const('x'), Int.const('y'), Int.const('z')];
    s.solver.push();
    try {
      // x^3 + y^3 = z^3 has no positive solution, which Z3 cannot show quickly.
      s.solver.add(x.gt(0), y.gt(0), z.gt(0),
        x.mul(x).mul(x).add(y.mul(y).mul(y)).eq(z.mul(z).mul(z)));
      const started = performance.now();
      const result = await check(s, 60_000, 300);
      return { result, ms: performance.now() - started };
    } finally {
      s.solver.pop();
    }
  });
  expect(outcome.result).toEqual({ kind: 'unknown', reason: 'no answer within 300 ms (watchdog)' });
  expect(outcome.ms).toBeLessThan(5000);

  const after = await withSession(async (s) => {
    s.solver.push();
    try {
      s.solver.add(s.ctx.Int.const('a').gt(2));
      return await check(s, 1000);
    } finally {
      s.solver.pop();
    }
  });
  expect(after).toEqual({ kind: 'sat' });
});
