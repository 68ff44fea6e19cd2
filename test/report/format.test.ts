/** The shared text formatters. */
import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatSeconds, formatValue } from '../../src/report/index.ts';

describe('formatters', () => {
  it('group thousands without depending on the locale', () => {
    expect([0, 999, 1146, 296448, 18507778, -1234].map(formatCount))
      .toEqual(['0', '999', '1,146', '296,448', '18,507,778', '-1,234']);
  });

  it('scale the precision of durations', () => {
    expect([0.0042, 1.254, 73.4].map(formatSeconds)).toEqual(['0.004 s', '1.25 s', '73 s']);
  });

  it('quote strings, bracket arrays, brace records and sets', () => {
    expect(formatValue({ a: 'x', b: [1, true] })).toBe('{a: "x", b: [1, true]}');
    expect(formatValue([0, 2], true)).toBe('{0, 2}');
    expect(formatValue([], true)).toBe('{}');
  });

  it('render a change as path: before -> after', () => {
    expect(formatChange({ path: 'rmState[2]', before: 'working', after: 'prepared',
      kind: 'value' })).toBe('rmState[2]: "working" -> "prepared"');
  });
});
