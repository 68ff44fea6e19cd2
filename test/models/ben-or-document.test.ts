/**
 * The source document's Ben-Or, as written. faultline finds its flaws by
 * breadth-first search, so each trace below is a shortest one:
 *
 * - Termination: with f = (n - 1) // 2 crashes allowed, a process waits for
 *   n - f messages but only n - 1 - f peers are alive (n=3: deadlock in 3
 *   steps); and without any crash, processes that decide stop for good, so a
 *   slower one can wait forever for proposals (n=5: deadlock in 10 steps).
 * - Validity (n=5): everyone starts with 0, but a process waits for n - f = 3
 *   votes and decides only on (2n + f) // 3 = 4, so all flip coins; the coins
 *   turn most of them to 1 and someone decides 1 (16 steps).
 * - Agreement (n=6): one process decides 0; the others, having read one vote
 *   for 1, flip coins instead of adopting 0, turn to 1 and decide 1 (18 steps).
 *
 * Run sizes: an initial state per input combination (or one, with `inputs`),
 * each coin-table entry is chosen when first used (every table is explored),
 * and processes read any allowed number of the messages of their round.
 * At n=3 and n=4 the invariants hold; Agreement also holds at n=5 within two
 * rounds (2,422,784 states without crashes, too slow to keep here). The
 * Agreement run at n=6 is in ben-or-document-agreement.test.ts, a file of its
 * own so that it runs in a worker of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, explore, type SearchOptions } from '../../src/index.ts';
import { replay } from '../../src/trace/index.ts';
import document from '../../models/ben-or-document.ts';

/** Python 3.11's c(k) = random.seed(k); random.choice([True, False]), k = 1..7, bit k - 1. */
const CPYTHON_COINS = 0b0101111;

function check(params: Record<string, number>, opts: SearchOptions = {}) {
  const cm = compileModel(document, params);
  const result = explore(cm, { maxStates: 2_000_000, ...opts });
  const path = result.verdict.kind === 'violated' ? result.verdict.path : undefined;
  const replayed = path ? replay(cm, path) : undefined;
  if (replayed && !replayed.ok) throw new Error(replayed.error.message);
  return { result, trace: replayed?.trace };
}

type Proc = { decided: string; input: number };

function decisions(state: Record<string, unknown>): string[] {
  return (state.proc as Proc[]).map((p) => p.decided);
}

describe("the document's Ben-Or: invariants that hold", () => {
  it('n=3 and n=4, 2 rounds, up to f crashes: Agreement, Validity, Integrity hold', () => {
    const three = check({ n: 3, rounds: 2 }, { deadlock: false });
    expect(three.result.verdict).toEqual({ kind: 'holds' });
    expect(three.result.stats.distinct).toBe(384);
    const four = check({ n: 4, rounds: 2 }, { deadlock: false });
    expect(four.result.verdict).toEqual({ kind: 'holds' });
    expect(four.result.stats.distinct).toBe(16_158);
  });
});

describe("the document's Ben-Or: flaws faultline finds", () => {
  it('deadlocks at n=3 once one process crashes: it waits for 2 messages from 1 peer', () => {
    const { result, trace } = check({ n: 3, rounds: 2 });
    expect(result.verdict).toMatchObject({ kind: 'violated', property: { kind: 'deadlock' } });
    expect(result.stats.distinct).toBe(238);
    expect(trace!.steps.map((s) => s.action)).toEqual(['Vote', 'Vote', 'Crash']);
  });

  it('deadlocks at n=5 with no crash: deciders stop and a coin-flipper waits forever', () => {
    const { result, trace } = check({ n: 5, rounds: 2, crashes: 0 });
    expect(result.verdict).toMatchObject({ kind: 'violated', property: { kind: 'deadlock' } });
    expect(result.stats.distinct).toBe(155_200);
    expect(trace!.steps.length).toBe(10);
    expect(decisions(trace!.steps[9]!.state)).toEqual(['0', '0', '0', '0', 'none']);
    expect(trace!.steps[9]!.action).toBe('CoinFirstUse');
  });

  it('breaks Validity at n=5: unanimous 0 inputs, 1 decided after a round of coins', () => {
    // Validity can only fail with unanimous inputs, so the run fixes them (all 0).
    const { result, trace } = check({ n: 5, rounds: 2, inputs: 0 }, { deadlock: false });
    expect(result.verdict).toMatchObject({ kind: 'violated', property: { name: 'Validity' } });
    expect([result.stats.distinct, trace!.steps.length]).toEqual([112_719, 16]);
    const last = trace!.steps[15]!;
    expect(last.action).toBe('Decide');
    expect(decisions(last.state)).toContain('1');
    expect(trace!.steps.filter((s) => s.action === 'CoinFirstUse').length).toBe(5);
  });

  it("shows both safety flaws with CPython 3.11's own coin table too", () => {
    const validity = check({ n: 5, rounds: 2, inputs: 0, coins: CPYTHON_COINS },
      { deadlock: false });
    expect(validity.result.verdict).toMatchObject({ property: { name: 'Validity' } });
    expect(validity.trace!.steps.length).toBe(16);
    const agreement = check({ n: 6, rounds: 2, crashes: 0, coins: CPYTHON_COINS },
      { deadlock: false });
    expect(agreement.result.verdict).toMatchObject({ property: { name: 'Agreement' } });
    expect([agreement.result.stats.distinct, agreement.trace!.steps.length]).toEqual([97_233, 18]);
  });
});
