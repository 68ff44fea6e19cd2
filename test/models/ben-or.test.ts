/**
 * The textbook Ben-Or model. Run sizes: every combination of inputs is an
 * initial state (2^n), and a state is each process's round, phase, value and
 * decision plus the counts of messages sent per (round, phase, value) and the
 * crashed set. A process acts once per phase, reading any n - f of the
 * messages of its round sent so far, so the runs cover every delivery order.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, explore } from '../../src/index.ts';
import { replay } from '../../src/trace/index.ts';
import benOr from '../../models/ben-or.ts';

function check(params: Record<string, number>) {
  const cm = compileModel(benOr, params);
  return { cm, result: explore(cm, { maxStates: 1_000_000 }) };
}

describe('Ben-Or, textbook', () => {
  it('n=3, f=1, 2 rounds: Agreement, Validity and Integrity hold, no deadlock', () => {
    const { result } = check({ n: 3, f: 1, rounds: 2 });
    expect(result.verdict).toEqual({ kind: 'holds' });
    expect([result.stats.distinct, result.stats.generated]).toEqual([36_922, 111_680]);
    expect(result.coverage.every((c) => c.fired > 0)).toBe(true);
  });

  it('n=4, f=1, 2 rounds: the same properties hold', () => {
    const { result } = check({ n: 4, f: 1, rounds: 2 });
    expect(result.verdict).toEqual({ kind: 'holds' });
    expect([result.stats.distinct, result.stats.generated]).toEqual([422_598, 1_663_080]);
  });

  it('reaches a decision: at n=4 three reports and one reading of them', () => {
    const { cm, result } = check({ n: 4, f: 1, rounds: 1 });
    const goal = result.reachable.find((r) => r.name === 'someoneDecides');
    expect(goal?.met).toBe(true);
    const replayed = replay(cm, goal!.path!);
    if (!replayed.ok) throw new Error(replayed.error.message);
    expect(replayed.trace.steps.map((s) => s.action)).toEqual(
      ['Report', 'Report', 'Report', 'Conclude']);
  });

  it('flips fair coins when it reads no "D v"', () => {
    const cm = compileModel(benOr, { n: 3, f: 1 });
    const coin = cm.actions.find((a) => a.name === 'Coin')!;
    const chances = (coin.choices ?? []).map((c) => coin.spec.chance?.(c));
    expect(chances.length).toBeGreaterThan(0);
    expect(chances.every((c) => c === 0.5)).toBe(true);
  });

  it('with unanimous inputs decides only that value, within one round', () => {
    const { result } = check({ n: 4, f: 1, rounds: 1, inputs: 0b1111 });
    expect(result.verdict).toEqual({ kind: 'holds' });
    expect(result.coverage.find((c) => c.action === 'Coin')?.fired).toBe(0);
  });

  it('refuses sizes without n > 2f', () => {
    expect(() => compileModel(benOr, { n: 4, f: 2 })).toThrow(/n > 2f, got n=4, f=2/);
  });
});
