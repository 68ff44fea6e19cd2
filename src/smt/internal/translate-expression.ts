/**
 * Expressions of the translatable subset: number and boolean literals,
 * locals, module constants, unary operators, ternaries, binary operators
 * (see translate-binary.ts) and calls (see translate-call.ts).
 */
import { Node, SyntaxKind } from 'ts-morph';
import { parseLiteral } from './rational.ts';
import { declarationOf, unwrap } from './resolve.ts';
import { type Scope, asBool, asNum, fail } from './scope.ts';
import { type Term, bool, choose, isBool, neg, not, num } from './term.ts';
import { translateBinary } from './translate-binary.ts';
import { translateCall } from './translate-call.ts';

/** Translates one expression in a scope; throws `TranslateError` outside the subset. */
export function translateExpr(node: Node, scope: Scope): Term {
  const expr = unwrap(node);
  if (Node.isNumericLiteral(expr)) return literal(expr, scope);
  if (Node.isTrueLiteral(expr)) return bool(true);
  if (Node.isFalseLiteral(expr)) return bool(false);
  if (Node.isIdentifier(expr)) return identifier(expr, scope);
  if (Node.isPrefixUnaryExpression(expr)) return prefix(expr, scope);
  if (Node.isConditionalExpression(expr)) return conditional(expr, scope);
  if (Node.isBinaryExpression(expr)) return translateBinary(expr, scope);
  if (Node.isCallExpression(expr)) return translateCall(expr, scope);
  return fail(
    scope, 'SMT101', `unsupported expression (${expr.getKindName()}): ${expr.getText()}`, expr,
    'threshold functions may use numbers, arithmetic, comparisons, ternaries, '
      + 'boolean operators, Math.floor/ceil/min/max and calls to such functions',
  );
}

function literal(expr: Node, scope: Scope): Term {
  const value = parseLiteral(expr.getText());
  return value === undefined
    ? fail(scope, 'SMT101', `unreadable number literal ${expr.getText()}`, expr)
    : num(value);
}

function identifier(expr: Node, scope: Scope): Term {
  const name = expr.getText();
  const local = scope.env.get(name);
  if (local !== undefined) return local;

  const decl = declarationOf(expr);
  const kind = Node.isVariableDeclaration(decl)
    ? decl.getVariableStatement()?.getDeclarationKind() : undefined;
  if (Node.isVariableDeclaration(decl) && kind === 'const') {
    return moduleConstant(decl, scope);
  }
  return fail(
    scope, 'SMT109', `'${name}' is neither a parameter, a local nor a module constant`, expr,
    'pass the value as a parameter, or declare it as a top-level `const`',
  );
}

function moduleConstant(decl: Node & { getInitializer(): Node | undefined }, scope: Scope): Term {
  const cached = scope.session.constants.get(decl);
  if (cached !== undefined) return cached;
  const init = decl.getInitializer();
  if (init === undefined) return fail(scope, 'SMT109', 'constant without a value', decl);
  if (scope.session.stack.includes(decl)) {
    return fail(scope, 'SMT106', 'constant defined in terms of itself', decl);
  }
  scope.session.stack.push(decl);
  const value = translateExpr(init, { session: scope.session, env: new Map(), fn: scope.fn });
  scope.session.stack.pop();
  scope.session.constants.set(decl, value);
  return value;
}

function prefix(expr: Node & { getOperatorToken(): SyntaxKind; getOperand(): Node }, scope: Scope,
): Term {
  const operand = expr.getOperand();
  switch (expr.getOperatorToken()) {
    case SyntaxKind.MinusToken:
      return neg(asNum(translateExpr(operand, scope), operand, scope));
    case SyntaxKind.PlusToken:
      return asNum(translateExpr(operand, scope), operand, scope);
    case SyntaxKind.ExclamationToken:
      return not(asBool(translateExpr(operand, scope), operand, scope));
    default:
      return fail(scope, 'SMT101', `unsupported operator in ${expr.getText()}`, expr);
  }
}

function conditional(
  expr: Node & { getCondition(): Node; getWhenTrue(): Node; getWhenFalse(): Node },
  scope: Scope,
): Term {
  const cond = asBool(translateExpr(expr.getCondition(), scope), expr.getCondition(), scope);
  // A constant condition reads only the branch JavaScript would run.
  if (cond.kind === 'bool') {
    return translateExpr(cond.value ? expr.getWhenTrue() : expr.getWhenFalse(), scope);
  }
  const a = translateExpr(expr.getWhenTrue(), scope);
  const b = translateExpr(expr.getWhenFalse(), scope);
  if (isBool(a) !== isBool(b)) {
    return fail(scope, 'SMT107', 'the branches of this ternary differ: one is a boolean', expr);
  }
  return choose(cond, a, b);
}
