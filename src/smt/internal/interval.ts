/**
 * Interval bounds of a term from the declared ranges of its variables. Loops
 * are unrolled up to the upper bound of their limit and `x ** e` is split on
 * the values `e` can take, so both need the bound to be finite.
 */
import { toNumber } from './rational.ts';
import type { NumTerm } from './term.ts';

/** An inclusive interval; an end may be infinite. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** The declared range of each variable, by name. */
export type Ranges = ReadonlyMap<string, Interval>;

const everything: Interval = { lo: -Infinity, hi: Infinity };

function mulIv(a: Interval, b: Interval): Interval {
  const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
    .map((p) => (Number.isNaN(p) ? 0 : p));
  return { lo: Math.min(...products), hi: Math.max(...products) };
}

function scale(a: Interval, k: number): Interval {
  return mulIv(a, { lo: k, hi: k });
}

/** Bounds of a term; `everything` when nothing better is known. */
export function intervalOf(t: NumTerm, ranges: Ranges): Interval {
  switch (t.kind) {
    case 'num':
      return { lo: toNumber(t.value), hi: toNumber(t.value) };
    case 'var':
      return ranges.get(t.name) ?? everything;
    case 'add':
      return t.args.map((a) => intervalOf(a, ranges))
        .reduce((x, y) => ({ lo: x.lo + y.lo, hi: x.hi + y.hi }));
    case 'mul':
      return t.args.map((a) => intervalOf(a, ranges)).reduce(mulIv);
    case 'neg': {
      const a = intervalOf(t.arg, ranges);
      return { lo: -a.hi, hi: -a.lo };
    }
    case 'div':
      return scale(intervalOf(t.arg, ranges), 1 / toNumber(t.by));
    case 'idiv': {
      const a = scale(intervalOf(t.arg, ranges), 1 / Number(t.by));
      return { lo: Math.floor(a.lo), hi: Math.floor(a.hi) };
    }
    case 'floor': {
      const a = intervalOf(t.arg, ranges);
      return { lo: Math.floor(a.lo), hi: Math.floor(a.hi) };
    }
    case 'rem': {
      const a = intervalOf(t.arg, ranges);
      const k = Number(t.by) - 1;
      return { lo: a.lo >= 0 ? 0 : -k, hi: a.hi <= 0 ? 0 : k };
    }
    case 'ite': {
      const a = intervalOf(t.then, ranges);
      const b = intervalOf(t.else, ranges);
      return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
    }
  }
}
