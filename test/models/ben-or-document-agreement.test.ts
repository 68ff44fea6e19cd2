/**
 * The source document's Ben-Or breaks Agreement at n=6 (f = 2, waits for 4
 * messages, decides on 4 votes): one process decides 0, and the others, each
 * having read one vote for 1 among four, flip coins instead of adopting 0;
 * the coins turn them to 1 and one of them decides 1 in round 2 (18 steps).
 *
 * The search covers every combination of inputs (64 initial states), every
 * coin table (each entry chosen when first used) and every schedule, in two
 * rounds. It allows no crash: a crashed process only takes no more steps,
 * which schedules already allow, so crashes add states but no violation.
 * About 20 s on one core.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, explore, type TracePath } from '../../src/index.ts';
import { replay } from '../../src/trace/index.ts';
import document from '../../models/ben-or-document.ts';

/** The part of a state this test reads. */
type State = { proc: { input: number; decided: string }[] };

describe("the document's Ben-Or: Agreement", () => {
  it('breaks Agreement at n=6 from some inputs, every coin table and schedule searched', () => {
    const cm = compileModel(document, { n: 6, rounds: 2, crashes: 0 });
    const result = explore(cm, { deadlock: false, maxStates: 2_000_000 });
    expect(result.verdict).toMatchObject({ kind: 'violated', property: { name: 'Agreement' } });
    expect(result.stats.distinct).toBe(1_548_618);

    const replayed = replay(cm, (result.verdict as { path: TracePath }).path);
    if (!replayed.ok) throw new Error(replayed.error.message);
    const { initial, steps } = replayed.trace;
    expect(steps.length).toBe(18);
    const inputs = (initial as unknown as State).proc.map((p) => p.input);
    expect(new Set(inputs).size).toBe(2);
    const last = steps[17]!.state as unknown as State;
    expect(last.proc.map((p) => p.decided).sort()).toEqual(
      ['0', '1', 'none', 'none', 'none', 'none']);
    expect(steps.filter((s) => s.action === 'Decide').length).toBe(2);
  });
});
