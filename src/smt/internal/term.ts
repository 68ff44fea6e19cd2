/**
 * The prover's own term language: what a threshold function means once its
 * TypeScript has been read. Terms are immutable and shared (a `const` used
 * twice is one object), so every pass over them memoises by identity.
 *
 * The constructors fold constants exactly and keep sorts right: a term is
 * `int` only when its value is always an integer (so `n / 2` is `real`, and
 * `Math.floor(n / 2)` is `int` again).
 */
import {
  type Rational, addR, compareR, divR, floorR, isIntegral, mulR, negR, rational, remR,
} from './rational.ts';

/** The sort of a numeric term. */
export type NumSort = 'int' | 'real';

/** A numeric term. */
export type NumTerm =
  | { readonly kind: 'num'; readonly sort: NumSort; readonly value: Rational }
  | { readonly kind: 'var'; readonly sort: NumSort; readonly name: string }
  | { readonly kind: 'add' | 'mul'; readonly sort: NumSort; readonly args: readonly NumTerm[] }
  | { readonly kind: 'neg'; readonly sort: NumSort; readonly arg: NumTerm }
  | { readonly kind: 'div'; readonly sort: 'real'; readonly arg: NumTerm; readonly by: Rational }
  | { readonly kind: 'idiv'; readonly sort: 'int'; readonly arg: NumTerm; readonly by: bigint }
  | { readonly kind: 'rem'; readonly sort: 'int'; readonly arg: NumTerm; readonly by: bigint }
  | { readonly kind: 'floor'; readonly sort: 'int'; readonly arg: NumTerm }
  | {
    readonly kind: 'ite'; readonly sort: NumSort; readonly cond: BoolTerm;
    readonly then: NumTerm; readonly else: NumTerm;
  };

/** A comparison operator after normalisation (`a > b` is `b < a`). */
export type CmpOp = '<' | '<=' | '==';

/** A boolean term. */
export type BoolTerm =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'cmp'; readonly op: CmpOp; readonly left: NumTerm; readonly right: NumTerm }
  | { readonly kind: 'not'; readonly arg: BoolTerm }
  | { readonly kind: 'and' | 'or'; readonly args: readonly BoolTerm[] }
  | { readonly kind: 'iff'; readonly left: BoolTerm; readonly right: BoolTerm }
  | {
    readonly kind: 'bite'; readonly cond: BoolTerm; readonly then: BoolTerm;
    readonly else: BoolTerm;
  };

/** Any term. */
export type Term = NumTerm | BoolTerm;

/** Whether a term is boolean. */
export function isBool(t: Term): t is BoolTerm {
  return !('sort' in t);
}

/** A numeric constant; integral values get sort `int`. */
export function num(value: Rational): NumTerm {
  return { kind: 'num', sort: isIntegral(value) ? 'int' : 'real', value };
}

/** A numeric constant from a small integer. */
export function int(value: number | bigint): NumTerm {
  return num(rational(BigInt(value)));
}

/** A free variable. */
export function variable(name: string, sort: NumSort): NumTerm {
  return { kind: 'var', sort, name };
}

/** A boolean constant. */
export function bool(value: boolean): BoolTerm {
  return { kind: 'bool', value };
}

/** The constant value of a term, if it has one. */
export function constantOf(t: NumTerm): Rational | undefined {
  return t.kind === 'num' ? t.value : undefined;
}

function joinSort(args: readonly NumTerm[]): NumSort {
  return args.every((a) => a.sort === 'int') ? 'int' : 'real';
}

/** `a + b + ...`, with constants folded. */
export function add(...terms: NumTerm[]): NumTerm {
  let constant = rational(0n);
  const rest: NumTerm[] = [];
  for (const t of terms) {
    if (t.kind === 'num') constant = addR(constant, t.value);
    else if (t.kind === 'add') rest.push(...t.args);
    else rest.push(t);
  }
  if (rest.length === 0) return num(constant);
  const args = constant.num === 0n ? rest : [...rest, num(constant)];
  return args.length === 1 ? args[0]! : { kind: 'add', sort: joinSort(args), args };
}

/** `-a`. */
export function neg(a: NumTerm): NumTerm {
  if (a.kind === 'num') return num(negR(a.value));
  if (a.kind === 'neg') return a.arg;
  return { kind: 'neg', sort: a.sort, arg: a };
}

/** `a - b`. */
export function sub(a: NumTerm, b: NumTerm): NumTerm {
  return add(a, neg(b));
}

/** `a * b * ...`, with constants folded. */
export function mul(...terms: NumTerm[]): NumTerm {
  let constant = rational(1n);
  const rest: NumTerm[] = [];
  for (const t of terms) {
    if (t.kind === 'num') constant = mulR(constant, t.value);
    else rest.push(t);
  }
  if (constant.num === 0n || rest.length === 0) return num(constant);
  if (constant.num === 1n && constant.den === 1n && rest.length === 1) return rest[0]!;
  const args = constant.num === 1n && constant.den === 1n ? rest : [num(constant), ...rest];
  return { kind: 'mul', sort: joinSort(args), args };
}

/** `a / k` for a non-zero constant `k`. */
export function divConst(a: NumTerm, k: Rational): NumTerm {
  if (a.kind === 'num') return num(divR(a.value, k));
  if (k.num === k.den) return a;
  if (!isIntegral(k) || a.sort === 'real') return mul(num(divR(rational(1n), k)), a);
  return { kind: 'div', sort: 'real', arg: a, by: k };
}

/** `Math.floor(a)`: integer division when `a` is an integer over a constant. */
export function floor(a: NumTerm): NumTerm {
  if (a.kind === 'num') return num(floorR(a.value));
  if (a.sort === 'int') return a;
  if (a.kind === 'div' && a.arg.sort === 'int' && isIntegral(a.by)) {
    const k = a.by.num;
    return k > 0n
      ? { kind: 'idiv', sort: 'int', arg: a.arg, by: k }
      : { kind: 'idiv', sort: 'int', arg: neg(a.arg), by: -k };
  }
  return { kind: 'floor', sort: 'int', arg: a };
}

/** `Math.ceil(a)`, as `-floor(-a)`. */
export function ceil(a: NumTerm): NumTerm {
  if (a.kind === 'div') return neg(floor(divConst(neg(a.arg), a.by)));
  return neg(floor(neg(a)));
}

/** JavaScript's `a % k` on integers, for a non-zero integer constant `k`. */
export function rem(a: NumTerm, k: bigint): NumTerm {
  const by = k < 0n ? -k : k;
  if (a.kind === 'num') return num(remR(a.value, rational(by)));
  return { kind: 'rem', sort: 'int', arg: a, by };
}

/** `c ? a : b` on numbers. */
export function ite(c: BoolTerm, a: NumTerm, b: NumTerm): NumTerm {
  if (c.kind === 'bool') return c.value ? a : b;
  if (a === b) return a;
  return { kind: 'ite', sort: joinSort([a, b]), cond: c, then: a, else: b };
}

/** `c ? a : b` on booleans. */
export function bite(c: BoolTerm, a: BoolTerm, b: BoolTerm): BoolTerm {
  if (c.kind === 'bool') return c.value ? a : b;
  if (a === b) return a;
  return { kind: 'bite', cond: c, then: a, else: b };
}

/** `Math.min(a, b)`. */
export function min(a: NumTerm, b: NumTerm): NumTerm {
  return ite(cmp('<=', a, b), a, b);
}

/** `Math.max(a, b)`. */
export function max(a: NumTerm, b: NumTerm): NumTerm {
  return ite(cmp('<=', a, b), b, a);
}

/** A comparison, folded when both sides are constant. */
export function cmp(op: CmpOp, left: NumTerm, right: NumTerm): BoolTerm {
  if (left.kind === 'num' && right.kind === 'num') {
    const c = compareR(left.value, right.value);
    return bool(op === '<' ? c < 0 : op === '<=' ? c <= 0 : c === 0);
  }
  return { kind: 'cmp', op, left, right };
}

/** `!a`. */
export function not(a: BoolTerm): BoolTerm {
  if (a.kind === 'bool') return bool(!a.value);
  if (a.kind === 'not') return a.arg;
  return { kind: 'not', arg: a };
}

/** `a && b && ...`. */
export function and(...terms: BoolTerm[]): BoolTerm {
  if (terms.some((t) => t.kind === 'bool' && !t.value)) return bool(false);
  const args = terms.filter((t) => t.kind !== 'bool');
  if (args.length === 0) return bool(true);
  return args.length === 1 ? args[0]! : { kind: 'and', args };
}

/** `a || b || ...`. */
export function or(...terms: BoolTerm[]): BoolTerm {
  if (terms.some((t) => t.kind === 'bool' && t.value)) return bool(true);
  const args = terms.filter((t) => t.kind !== 'bool');
  if (args.length === 0) return bool(false);
  return args.length === 1 ? args[0]! : { kind: 'or', args };
}

/** `a === b` on booleans. */
export function iff(left: BoolTerm, right: BoolTerm): BoolTerm {
  if (left.kind === 'bool') return left.value ? right : not(right);
  if (right.kind === 'bool') return right.value ? left : not(left);
  return { kind: 'iff', left, right };
}

/** `c ? a : b` for terms of either kind (both branches must agree). */
export function choose<T extends Term>(c: BoolTerm, a: T, b: T): T {
  if (isBool(a)) return bite(c, a, b as BoolTerm) as T;
  return ite(c, a, b as NumTerm) as T;
}
