/** Diffs of plain states follow the state type: records and arrays by part, sets whole. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/index.ts';
import { diffStates } from '../../src/trace/index.ts';
import type { RecordType } from '../../src/model/types.ts';

const type: RecordType = t.record({
  round: t.int(0, 3),
  procs: t.array(2, t.record({ vote: t.enum('none', 'yes', 'no'), seen: t.set(3) })),
  flags: t.array(3, t.bool()),
});

const base = {
  round: 0,
  procs: [{ vote: 'none', seen: [] }, { vote: 'none', seen: [0] }],
  flags: [false, false, false],
};

describe('diffStates', () => {
  it('finds no change between equal states', () => {
    expect(diffStates(type, base, structuredClone(base))).toEqual([]);
  });

  it('names nested fields by dotted paths with indices, in declaration order', () => {
    const after = {
      round: 1,
      procs: [{ vote: 'none', seen: [] }, { vote: 'yes', seen: [0, 2] }],
      flags: [false, false, true],
    };
    expect(diffStates(type, base, after)).toEqual([
      { path: 'round', before: 0, after: 1, kind: 'value' },
      { path: 'procs[1].vote', before: 'none', after: 'yes', kind: 'value' },
      { path: 'procs[1].seen', before: [0], after: [0, 2], kind: 'set' },
      { path: 'flags[2]', before: false, after: true, kind: 'value' },
    ]);
  });

  it('reports a set whose members changed once, not once per shifted element', () => {
    const after = structuredClone(base);
    after.procs[1]!.seen = [1];
    expect(diffStates(type, base, after)).toEqual([
      { path: 'procs[1].seen', before: [0], after: [1], kind: 'set' },
    ]);
  });
});
