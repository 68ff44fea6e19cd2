/**
 * Terms to Z3 expressions. Integer terms become Z3 `Int`, everything else
 * `Real`, with `ToReal` inserted where the two meet. Shared terms are lowered
 * once (memoised by identity), so unrolled loops stay linear in size.
 *
 * A variable declared with range 0..2^k - 1 is a set of k members written as
 * a bitmask; its bits (`Math.floor(s / 2 ** i) % 2`) are lowered to one 0/1
 * variable each, tied to the mask by `s = sum of bit_i * 2^i`. Division and
 * remainder would otherwise leave Z3's integer solver with a hard problem.
 */
import type { Arith, Bool, Context } from 'z3-solver';
import type { Interval, Ranges } from './interval.ts';
import { formatR } from './rational.ts';
import type { BoolTerm, NumTerm, Term } from './term.ts';

type Ctx = Context<'main'>;
type Z3Num = Arith<'main'>;
type Z3Bool = Bool<'main'>;

/** Lowers terms into one Z3 context; variables with the same name are the same constant. */
export class Lowering {
  private readonly memo = new Map<Term, Z3Num | Z3Bool>();
  private readonly vars = new Map<string, Z3Num>();
  private readonly bits = new Map<string, Z3Num[] | undefined>();
  private readonly side: Z3Bool[] = [];

  constructor(private readonly ctx: Ctx, private readonly ranges: Ranges) {}

  /** Constraints the lowered terms rely on (bit decompositions); assert them too. */
  sideConstraints(): Z3Bool[] {
    return [...this.side];
  }

  /** The Z3 constant of a variable (created on first use). */
  variable(name: string, sort: 'int' | 'real'): Z3Num {
    const known = this.vars.get(name);
    if (known !== undefined) return known;
    const fresh = sort === 'int' ? this.ctx.Int.const(name) : this.ctx.Real.const(name);
    this.vars.set(name, fresh);
    return fresh;
  }

  /** Lowers a boolean term. */
  bool(t: BoolTerm): Z3Bool {
    const known = this.memo.get(t);
    if (known !== undefined) return known as Z3Bool;
    const lowered = this.lowerBool(t);
    this.memo.set(t, lowered);
    return lowered;
  }

  /** Lowers a numeric term, as a real when `asReal` is set. */
  num(t: NumTerm, asReal = false): Z3Num {
    let lowered = this.memo.get(t) as Z3Num | undefined;
    if (lowered === undefined) {
      lowered = this.lowerNum(t);
      this.memo.set(t, lowered);
    }
    return asReal && t.sort === 'int' ? this.ctx.ToReal(lowered) : lowered;
  }

  private args(args: readonly NumTerm[], asReal: boolean): [Z3Num, ...Z3Num[]] {
    const lowered = args.map((a) => this.num(a, asReal));
    return [lowered[0]!, ...lowered.slice(1)];
  }

  private lowerNum(t: NumTerm): Z3Num {
    const ctx = this.ctx;
    const real = t.sort === 'real';
    switch (t.kind) {
      case 'num':
        return real ? ctx.Real.val(formatR(t.value)) : ctx.Int.val(t.value.num);
      case 'var': return this.variable(t.name, t.sort);
      case 'add': return ctx.Sum(...this.args(t.args, real));
      case 'mul': return ctx.Product(...this.args(t.args, real));
      case 'neg': return this.num(t.arg).neg();
      case 'div': return this.num(t.arg, true).div(ctx.Real.val(formatR(t.by)));
      case 'idiv': return this.num(t.arg).div(ctx.Int.val(t.by));
      case 'rem': {
        const bit = t.by === 2n ? this.bitOf(t.arg) : undefined;
        if (bit !== undefined) return bit;
        // JavaScript's remainder takes the sign of the dividend; Z3's `mod` is never negative.
        const a = this.num(t.arg);
        const k = ctx.Int.val(t.by);
        return ctx.If(a.ge(0), a.mod(k), a.neg().mod(k).neg()) as Z3Num;
      }
      case 'floor': return ctx.ToInt(this.num(t.arg, true));
      case 'ite':
        return ctx.If(this.bool(t.cond), this.num(t.then, real), this.num(t.else, real)) as Z3Num;
    }
  }

  /** Bit i of a bitmask variable, for `x % 2` and `Math.floor(x / 2 ** i) % 2`. */
  private bitOf(t: NumTerm): Z3Num | undefined {
    const [x, shift] = t.kind === 'var' ? [t, 0n]
      : t.kind === 'idiv' && t.arg.kind === 'var' ? [t.arg, t.by] : [undefined, 0n];
    if (x === undefined || x.kind !== 'var' || (shift & (shift - 1n)) !== 0n) return undefined;
    const bits = this.bitsOf(x.name);
    if (bits === undefined) return undefined;
    const i = shift === 0n ? 0 : shift.toString(2).length - 1;
    return bits[i] ?? this.ctx.Int.val(0);
  }

  private bitsOf(name: string): Z3Num[] | undefined {
    if (this.bits.has(name)) return this.bits.get(name);
    const width = maskWidth(this.ranges.get(name));
    const bits = width === undefined ? undefined : this.decompose(name, width);
    this.bits.set(name, bits);
    return bits;
  }

  private decompose(name: string, width: number): Z3Num[] {
    const ctx = this.ctx;
    const bits = Array.from({ length: width }, (_, i) => ctx.Int.const(`${name}.bit${i}`));
    for (const b of bits) this.side.push(b.ge(0), b.le(1));
    const weighted = bits.map((b, i) => b.mul(2 ** i));
    this.side.push(this.variable(name, 'int').eq(ctx.Sum(weighted[0]!, ...weighted.slice(1))));
    return bits;
  }

  private lowerBool(t: BoolTerm): Z3Bool {
    const ctx = this.ctx;
    switch (t.kind) {
      case 'bool': return ctx.Bool.val(t.value);
      case 'cmp': {
        const real = t.left.sort === 'real' || t.right.sort === 'real';
        const a = this.num(t.left, real);
        const b = this.num(t.right, real);
        return t.op === '<' ? a.lt(b) : t.op === '<=' ? a.le(b) : a.eq(b);
      }
      case 'not': return ctx.Not(this.bool(t.arg));
      case 'and': return ctx.And(...t.args.map((a) => this.bool(a)));
      case 'or': return ctx.Or(...t.args.map((a) => this.bool(a)));
      case 'iff': return this.bool(t.left).eq(this.bool(t.right));
      case 'bite':
        return ctx.If(this.bool(t.cond), this.bool(t.then), this.bool(t.else)) as Z3Bool;
    }
  }
}

/** The number of bits of a variable ranging over 0..2^k - 1 (k <= 24), if it does. */
function maskWidth(range: Interval | undefined): number | undefined {
  if (range === undefined || range.lo !== 0 || !Number.isInteger(range.hi)) return undefined;
  const width = Math.log2(range.hi + 1);
  return Number.isInteger(width) && width >= 1 && width <= 24 ? width : undefined;
}
