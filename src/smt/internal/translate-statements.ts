/**
 * Statements of a function body. A body is read as the value it returns:
 * `if (c) return a; ...rest` becomes `c ? a : (rest)`. Statements that do not
 * return (local bindings, assignments, `if` without `return`, `for` loops)
 * update the locals; where they branch, the two versions of each local are
 * merged with a ternary on the condition.
 */
import { Node, type Statement, SyntaxKind } from 'ts-morph';
import { type Scope, asBool, asNum, fail, fork } from './scope.ts';
import { type Term, choose, int, isBool } from './term.ts';
import { arithmetic } from './translate-binary.ts';
import { translateExpr } from './translate-expression.ts';
import { unrollFor } from './translate-loop.ts';

/** The value a list of statements returns; `owner` is the node blamed when none does. */
export function evalStatements(stmts: readonly Statement[], scope: Scope, owner: Node): Term {
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i]!;
    if (Node.isReturnStatement(stmt)) {
      const value = stmt.getExpression();
      return value === undefined
        ? fail(scope, 'SMT108', 'return without a value', stmt)
        : translateExpr(value, scope);
    }
    if (Node.isIfStatement(stmt) && returns(stmt)) {
      return branchWithReturn(stmt, stmts.slice(i + 1), scope, owner);
    }
    if (Node.isBlock(stmt) && returns(stmt)) {
      return evalStatements([...inner(stmt, scope), ...stmts.slice(i + 1)], scope, owner);
    }
    execStatement(stmt, scope);
  }
  return fail(
    scope, 'SMT108', `a path through '${scope.fn}' ends without returning a value`, owner,
    'end every path with `return`',
  );
}

function returns(stmt: Node): boolean {
  return stmt.getDescendantsOfKind(SyntaxKind.ReturnStatement).length > 0;
}

/** The statements of a branch: a block's list, or the single statement. */
function statementsOf(stmt: Statement): Statement[] {
  return Node.isBlock(stmt) ? stmt.getStatements() : [stmt];
}

/** A branch's statements, rejecting locals that would shadow the enclosing ones. */
function inner(stmt: Statement, scope: Scope): Statement[] {
  const list = statementsOf(stmt);
  rejectShadowing(list, scope);
  return list;
}

function rejectShadowing(list: readonly Statement[], scope: Scope): void {
  for (const s of list) {
    if (!Node.isVariableStatement(s)) continue;
    for (const d of s.getDeclarations()) {
      if (scope.env.has(d.getName())) {
        fail(scope, 'SMT112', `'${d.getName()}' shadows an enclosing local`, d, 'rename it');
      }
    }
  }
}

function branchWithReturn(
  stmt: Node & { getExpression(): Node; getThenStatement(): Statement;
    getElseStatement(): Statement | undefined },
  rest: Statement[], scope: Scope, owner: Node,
): Term {
  const condNode = stmt.getExpression();
  const cond = asBool(translateExpr(condNode, scope), condNode, scope);
  const elseStmt = stmt.getElseStatement();
  const thenList = [...inner(stmt.getThenStatement(), scope), ...rest];
  const elseList = [...(elseStmt === undefined ? [] : inner(elseStmt, scope)), ...rest];
  // A constant condition reads only the path JavaScript would take.
  if (cond.kind === 'bool') {
    return evalStatements(cond.value ? thenList : elseList, fork(scope), owner);
  }
  const a = evalStatements(thenList, fork(scope), owner);
  const b = evalStatements(elseList, fork(scope), owner);
  if (isBool(a) !== isBool(b)) {
    return fail(scope, 'SMT107', 'one branch returns a boolean and the other a number', stmt);
  }
  return choose(cond, a, b);
}

/** Runs a statement that does not return, updating the scope's locals. */
export function execStatement(stmt: Statement, scope: Scope): void {
  if (Node.isVariableStatement(stmt)) return declare(stmt, scope);
  if (Node.isExpressionStatement(stmt)) return assign(stmt.getExpression(), scope);
  if (Node.isIfStatement(stmt)) return branch(stmt, scope);
  if (Node.isBlock(stmt)) return runBlock(stmt.getStatements(), scope);
  if (Node.isForStatement(stmt)) return unrollFor(stmt, scope);
  if (Node.isEmptyStatement(stmt)) return;
  if (Node.isBreakStatement(stmt) || Node.isContinueStatement(stmt)) {
    fail(scope, 'SMT111', `${stmt.getText()} is not supported`, stmt, 'use `if` inside the loop');
  }
  fail(
    scope, 'SMT102', `unsupported statement (${stmt.getKindName()})`, stmt,
    'use const/let, assignments, if, for loops with a bounded limit, and return',
  );
}

/** Runs statements in a nested block: its own locals vanish, assignments persist. */
export function runBlock(stmts: readonly Statement[], scope: Scope): void {
  rejectShadowing(stmts, scope);
  const child = fork(scope);
  for (const s of stmts) execStatement(s, child);
  for (const name of scope.env.keys()) scope.env.set(name, child.env.get(name)!);
}

function declare(stmt: Node & { getDeclarations(): Node[] }, scope: Scope): void {
  for (const decl of stmt.getDeclarations()) {
    if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) {
      return fail(scope, 'SMT102', 'only plain `const x = ...` bindings are supported', decl);
    }
    const init = decl.getInitializer();
    if (init === undefined) {
      return fail(scope, 'SMT102', `'${decl.getName()}' needs an initial value`, decl);
    }
    if (scope.env.has(decl.getName())) {
      return fail(scope, 'SMT112', `'${decl.getName()}' shadows an enclosing local`, decl);
    }
    scope.env.set(decl.getName(), translateExpr(init, scope));
  }
}

function branch(
  stmt: Node & { getExpression(): Node; getThenStatement(): Statement;
    getElseStatement(): Statement | undefined },
  scope: Scope,
): void {
  const cond = asBool(translateExpr(stmt.getExpression(), scope), stmt.getExpression(), scope);
  const thenScope = fork(scope);
  const elseScope = fork(scope);
  const elseStmt = stmt.getElseStatement();
  if (cond.kind !== 'bool' || cond.value) {
    runBlock(statementsOf(stmt.getThenStatement()), thenScope);
  }
  if (elseStmt !== undefined && (cond.kind !== 'bool' || !cond.value)) {
    runBlock(statementsOf(elseStmt), elseScope);
  }
  for (const name of scope.env.keys()) {
    const a = thenScope.env.get(name)!;
    const b = elseScope.env.get(name)!;
    if (isBool(a) !== isBool(b)) {
      fail(scope, 'SMT107', `'${name}' is a boolean on one branch and a number on the other`, stmt);
    }
    scope.env.set(name, choose(cond, a, b));
  }
}

function assign(expr: Node, scope: Scope): void {
  if (Node.isPostfixUnaryExpression(expr) || Node.isPrefixUnaryExpression(expr)) {
    const op = expr.getOperatorToken();
    const delta = op === SyntaxKind.PlusPlusToken ? 1 : op === SyntaxKind.MinusMinusToken ? -1 : 0;
    if (delta === 0) fail(scope, 'SMT102', 'expression statement has no effect', expr);
    const target = local(expr.getOperand(), scope);
    const old = asNum(scope.env.get(target)!, expr, scope);
    scope.env.set(target, arithmetic(expr, SyntaxKind.PlusToken, old, int(delta), scope));
    return;
  }
  if (!Node.isBinaryExpression(expr)) {
    return fail(scope, 'SMT102', `statement has no effect the prover can use: ${expr.getText()}`,
      expr);
  }
  const op = expr.getOperatorToken().getKind();
  const target = local(expr.getLeft(), scope);
  const value = translateExpr(expr.getRight(), scope);
  if (op === SyntaxKind.EqualsToken) {
    scope.env.set(target, value);
    return;
  }
  const old = asNum(scope.env.get(target)!, expr.getLeft(), scope);
  scope.env.set(target, arithmetic(expr, op, old, asNum(value, expr.getRight(), scope), scope));
}

function local(target: Node, scope: Scope): string {
  const name = target.getText();
  if (!Node.isIdentifier(target) || !scope.env.has(name)) {
    return fail(scope, 'SMT112', `assigns to '${name}', which is not a local of '${scope.fn}'`,
      target);
  }
  return name;
}
