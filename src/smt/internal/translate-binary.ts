/**
 * Binary operators: `+ - * / % **`, comparisons and `&& ||`. Division and
 * remainder need a constant right side, and an exponent must be a constant
 * or an integer whose declared range is small (it is then split by value).
 */
import { type BinaryExpression, type Node, SyntaxKind } from 'ts-morph';
import { intervalOf } from './interval.ts';
import { isIntegral, powR } from './rational.ts';
import { type Scope, asBool, asNum, fail } from './scope.ts';
import {
  type NumTerm, type Term, add, and, cmp, constantOf, divConst, iff, int, isBool, ite, mul, not,
  num, or, rem, sub,
} from './term.ts';
import { translateExpr } from './translate-expression.ts';

/** The largest exponent expanded into multiplications, and the widest split range. */
const maxExponent = 64;

/** Translates a binary expression. */
export function translateBinary(expr: BinaryExpression, scope: Scope): Term {
  const op = expr.getOperatorToken().getKind();
  if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken) {
    return logical(expr, op === SyntaxKind.AmpersandAmpersandToken, scope);
  }
  const left = translateExpr(expr.getLeft(), scope);
  const right = translateExpr(expr.getRight(), scope);
  const equality = equalityOp(op);
  if (equality !== undefined) return equal(expr, left, right, equality, scope);

  const a = asNum(left, expr.getLeft(), scope);
  const b = asNum(right, expr.getRight(), scope);
  switch (op) {
    case SyntaxKind.LessThanToken: return cmp('<', a, b);
    case SyntaxKind.LessThanEqualsToken: return cmp('<=', a, b);
    case SyntaxKind.GreaterThanToken: return cmp('<', b, a);
    case SyntaxKind.GreaterThanEqualsToken: return cmp('<=', b, a);
    default: return arithmetic(expr, op, a, b, scope);
  }
}

/** Applies an arithmetic operator to already translated operands. */
export function arithmetic(
  expr: Node, op: SyntaxKind, a: NumTerm, b: NumTerm, scope: Scope,
): NumTerm {
  switch (op) {
    case SyntaxKind.PlusToken: case SyntaxKind.PlusEqualsToken: return add(a, b);
    case SyntaxKind.MinusToken: case SyntaxKind.MinusEqualsToken: return sub(a, b);
    case SyntaxKind.AsteriskToken: case SyntaxKind.AsteriskEqualsToken: return mul(a, b);
    case SyntaxKind.SlashToken: case SyntaxKind.SlashEqualsToken: return divide(expr, a, b, scope);
    case SyntaxKind.PercentToken: case SyntaxKind.PercentEqualsToken:
      return remainder(expr, a, b, scope);
    case SyntaxKind.AsteriskAsteriskToken: case SyntaxKind.AsteriskAsteriskEqualsToken:
      return power(expr, a, b, scope);
    default:
      return fail(scope, 'SMT101', `unsupported operator in ${expr.getText()}`, expr);
  }
}

function equalityOp(op: SyntaxKind): 'eq' | 'ne' | undefined {
  if (op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.EqualsEqualsToken) return 'eq';
  if (op === SyntaxKind.ExclamationEqualsEqualsToken || op === SyntaxKind.ExclamationEqualsToken) {
    return 'ne';
  }
  return undefined;
}

function equal(expr: Node, left: Term, right: Term, op: 'eq' | 'ne', scope: Scope): Term {
  if (isBool(left) !== isBool(right)) {
    return fail(scope, 'SMT107', `compares a boolean with a number: ${expr.getText()}`, expr);
  }
  const same = isBool(left) ? iff(left, right as typeof left) : cmp('==', left, right as NumTerm);
  return op === 'eq' ? same : not(same);
}

function logical(expr: BinaryExpression, isAnd: boolean, scope: Scope): Term {
  const a = asBool(translateExpr(expr.getLeft(), scope), expr.getLeft(), scope);
  // Short-circuit as JavaScript does: the right side is not read when `a` decides.
  if (a.kind === 'bool' && a.value !== isAnd) return a;
  const b = asBool(translateExpr(expr.getRight(), scope), expr.getRight(), scope);
  return isAnd ? and(a, b) : or(a, b);
}

function divide(expr: Node, a: NumTerm, b: NumTerm, scope: Scope): NumTerm {
  const k = constantOf(b);
  if (k === undefined || k.num === 0n) {
    return fail(
      scope, 'SMT104', `divisor must be a non-zero constant: ${expr.getText()}`, expr,
      'divide by constants only (n / 2); compare products instead of quotients',
    );
  }
  return divConst(a, k);
}

function remainder(expr: Node, a: NumTerm, b: NumTerm, scope: Scope): NumTerm {
  const k = constantOf(b);
  if (k === undefined || k.num === 0n || !isIntegral(k) || a.sort !== 'int') {
    return fail(
      scope, 'SMT104', `% needs an integer on the left and a non-zero integer constant `
        + `on the right: ${expr.getText()}`, expr,
    );
  }
  return rem(a, k.num);
}

function power(expr: Node, base: NumTerm, exponent: NumTerm, scope: Scope): NumTerm {
  const k = constantOf(exponent);
  if (k !== undefined) {
    if (!isIntegral(k) || k.num < 0n || k.num > BigInt(maxExponent)) {
      return fail(scope, 'SMT104', `exponent must be an integer in 0..${maxExponent}`, expr);
    }
    const b = constantOf(base);
    if (b !== undefined) return num(powR(b, k.num));
    return mul(...Array.from({ length: Number(k.num) }, () => base));
  }
  // A bounded exponent becomes a case split over its possible values.
  const range = intervalOf(exponent, scope.session.ranges);
  if (exponent.sort !== 'int' || range.lo < 0 || !(range.hi - range.lo <= maxExponent)) {
    return fail(
      scope, 'SMT104', `exponent must be a constant or an integer with a small stated range: `
        + expr.getText(), expr, 'declare `max` for the variables the exponent depends on',
    );
  }
  let result = power(expr, base, int(range.hi), scope);
  for (let e = range.hi - 1; e >= range.lo; e--) {
    result = ite(cmp('==', exponent, int(e)), power(expr, base, int(e), scope), result);
  }
  return result;
}
