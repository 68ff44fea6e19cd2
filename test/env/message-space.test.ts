import { describe, expect, it } from 'vitest';
import { messageSpace } from '../../src/env/index.ts';

describe('message space', () => {
  it('numbers messages the same way by parts and by position', () => {
    const space = messageSpace({ round: 3, phase: 2, value: 3 });
    expect(space.size).toBe(18);
    for (const m of space.all) {
      expect(space.id(m)).toBe(m.id);
      expect(space.idAt(m.round, m.phase, m.value)).toBe(m.id);
    }
  });

  it('rejects positional numbering past four components', () => {
    const wide = messageSpace({ a: 2, b: 2, c: 2, d: 2, e: 2 });
    expect(() => wide.idAt(1)).toThrow('idAt takes at most 4 components; this space has 5');
    expect(wide.id({ a: 1, b: 0, c: 0, d: 0, e: 1 })).toBe(17);
  });
});
