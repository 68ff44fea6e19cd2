/**
 * Calls: `Math.floor/ceil/round/trunc/abs/min/max`, and calls to other
 * threshold functions, which are inlined (their parameters bound to the
 * argument terms) wherever they are declared, across imports.
 */
import { type CallExpression, Node } from 'ts-morph';
import { declarationOf, functionName, functionOf } from './resolve.ts';
import { type Scope, asNum, fail } from './scope.ts';
import {
  type NumTerm, type Term, add, ceil, cmp, floor, int, ite, max, min, neg, num,
} from './term.ts';
import { rational } from './rational.ts';
import { translateExpr } from './translate-expression.ts';
import { translateFunction } from './translate-function.ts';

/** Translates a call expression. */
export function translateCall(expr: CallExpression, scope: Scope): Term {
  const callee = expr.getExpression();
  if (Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === 'Math') {
    return mathCall(expr, callee.getName(), scope);
  }
  const target = Node.isIdentifier(callee) || Node.isPropertyAccessExpression(callee)
    ? functionOf(declarationOf(Node.isIdentifier(callee) ? callee : callee.getNameNode()))
    : undefined;
  if (target === undefined) {
    return fail(
      scope, 'SMT103', `cannot read the function called here: ${callee.getText()}`, callee,
      'call plain functions declared with `function` or `const f = (...) => ...`',
    );
  }
  if (scope.session.stack.includes(target)) {
    return fail(scope, 'SMT106', `recursive call to ${functionName(target)}`, expr);
  }
  const args = expr.getArguments().map((a) => translateExpr(a, scope));
  scope.session.stack.push(target);
  const result = translateFunction(target, args, scope.session, expr);
  scope.session.stack.pop();
  return result;
}

const mathFunctions = new Set(['floor', 'ceil', 'round', 'trunc', 'abs', 'min', 'max']);

function mathCall(expr: CallExpression, name: string, scope: Scope): NumTerm {
  if (!mathFunctions.has(name)) {
    return fail(
      scope, 'SMT101', `Math.${name} is not translated`, expr,
      'use Math.floor, ceil, round, trunc, abs, min or max',
    );
  }
  const args = expr.getArguments().map((a) => asNum(translateExpr(a, scope), a, scope));
  const [x] = args;
  if ((name === 'min' || name === 'max') && args.length > 0) {
    return args.reduce(name === 'min' ? min : max);
  }
  if (x === undefined || args.length !== 1) {
    return fail(scope, 'SMT101', `Math.${name} with ${args.length} arguments`, expr);
  }
  switch (name) {
    case 'floor': return floor(x);
    case 'ceil': return ceil(x);
    // JavaScript rounds halves up, towards +Infinity.
    case 'round': return floor(add(x, num(rational(1n, 2n))));
    case 'trunc': return ite(cmp('<=', int(0), x), floor(x), ceil(x));
    default: return ite(cmp('<=', int(0), x), x, neg(x));
  }
}
