/** Exact constant folding must match JavaScript wherever JavaScript is exact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divR, floorR, formatR, parseLiteral, powR, rational, remR, toNumber,
} from '../../src/smt/internal/rational.ts';

const int = fc.integer({ min: -1000, max: 1000 });
const nonZero = int.filter((k) => k !== 0);
const r = (x: number) => rational(BigInt(x));

describe('rational', () => {
  it('floors quotients and takes remainders as JavaScript does', () => {
    fc.assert(fc.property(int, nonZero, (a, k) => {
      expect(toNumber(floorR(divR(r(a), r(k))))).toBe(Math.floor(a / k) || 0);
      expect(toNumber(remR(r(a), r(k)))).toBe(a % k || 0);
    }));
  });

  it('parses literals exactly', () => {
    expect(formatR(parseLiteral('0.1')!)).toBe('1/10');
    expect(formatR(parseLiteral('2.50')!)).toBe('5/2');
    expect(formatR(parseLiteral('1e3')!)).toBe('1000');
    expect(formatR(parseLiteral('1_000')!)).toBe('1000');
    expect(formatR(parseLiteral('0x10')!)).toBe('16');
    expect(formatR(parseLiteral('0b101')!)).toBe('5');
    expect(formatR(parseLiteral('25e-2')!)).toBe('1/4');
    expect(parseLiteral('1n')).toBeUndefined();
  });

  it('raises to integer powers', () => {
    expect(formatR(powR(rational(2n, 3n), 3n))).toBe('8/27');
    expect(formatR(powR(r(-2), 0n))).toBe('1');
  });
});
