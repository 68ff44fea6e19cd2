/**
 * `for` loops, unrolled. The loop must count upwards by a constant step from
 * a start to a limit (`for (let i = 1; i <= attempts; i++)`), and the limit
 * must have a finite upper bound from the declared ranges (`attempts` with a
 * `max`). Each unrolled iteration is guarded by the loop condition, so the
 * translation is exact for every value up to that bound.
 */
import { type ForStatement, Node, type Statement, SyntaxKind } from 'ts-morph';
import { intervalOf } from './interval.ts';
import { type Scope, asNum, fail, fork } from './scope.ts';
import { type NumTerm, add, choose, cmp, constantOf, int } from './term.ts';
import { translateExpr } from './translate-expression.ts';
import { runBlock } from './translate-statements.ts';

/** The most iterations a loop may be unrolled to. */
const maxUnroll = 256;

interface LoopShape {
  readonly name: string;
  readonly start: NumTerm;
  readonly op: '<' | '<=';
  readonly limit: NumTerm;
  readonly limitNode: Node;
  readonly step: number;
}

/** Unrolls a `for` loop in place, updating the scope's locals. */
export function unrollFor(stmt: ForStatement, scope: Scope): void {
  const shape = readShape(stmt, scope);
  const body = stmt.getStatement();
  const bodyList: Statement[] = Node.isBlock(body) ? body.getStatements() : [body];
  rejectEffects(body, shape, scope);

  const count = iterations(stmt, shape, scope);
  for (let k = 0; k < count; k++) {
    const i = add(shape.start, int(k * shape.step));
    const guard = cmp(shape.op, i, shape.limit);
    if (guard.kind === 'bool' && !guard.value) break;
    const inLoop = fork(scope);
    inLoop.env.set(shape.name, i);
    runBlock(bodyList, inLoop);
    for (const name of scope.env.keys()) {
      scope.env.set(name, choose(guard, inLoop.env.get(name)!, scope.env.get(name)!));
    }
  }
}

function readShape(stmt: ForStatement, scope: Scope): LoopShape {
  const init = stmt.getInitializer();
  const decls = Node.isVariableDeclarationList(init) ? init.getDeclarations() : [];
  const decl = decls[0];
  const start = decl?.getInitializer();
  if (decls.length !== 1 || decl === undefined || start === undefined) {
    return fail(scope, 'SMT110', 'a loop must start with `let i = <start>`', init ?? stmt);
  }
  const name = decl.getName();
  if (scope.env.has(name)) fail(scope, 'SMT112', `'${name}' shadows an enclosing local`, decl);

  const cond = stmt.getCondition();
  const condOp = Node.isBinaryExpression(cond) ? cond.getOperatorToken().getKind() : undefined;
  const op = condOp === SyntaxKind.LessThanToken ? '<'
    : condOp === SyntaxKind.LessThanEqualsToken ? '<=' : undefined;
  if (!Node.isBinaryExpression(cond) || op === undefined || cond.getLeft().getText() !== name) {
    return fail(scope, 'SMT110', `a loop condition must read \`${name} < limit\` or `
      + `\`${name} <= limit\``, cond ?? stmt);
  }
  const limitNode = cond.getRight();
  return {
    name, op, limitNode,
    start: asNum(translateExpr(start, scope), start, scope),
    limit: asNum(translateExpr(limitNode, scope), limitNode, scope),
    step: readStep(stmt, name, scope),
  };
}

function readStep(stmt: ForStatement, name: string, scope: Scope): number {
  const inc = stmt.getIncrementor();
  if ((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc))
    && inc.getOperatorToken() === SyntaxKind.PlusPlusToken && inc.getOperand().getText() === name) {
    return 1;
  }
  if (Node.isBinaryExpression(inc) && inc.getLeft().getText() === name
    && inc.getOperatorToken().getKind() === SyntaxKind.PlusEqualsToken) {
    const step = constantOf(asNum(translateExpr(inc.getRight(), scope), inc, scope));
    if (step !== undefined && step.den === 1n && step.num > 0n) return Number(step.num);
  }
  return fail(scope, 'SMT110', `a loop must step upwards by a constant: \`${name}++\` or `
    + `\`${name} += 2\``, inc ?? stmt);
}

function rejectEffects(body: Node, shape: LoopShape, scope: Scope): void {
  const ret = body.getFirstDescendantByKind(SyntaxKind.ReturnStatement);
  if (ret !== undefined) {
    fail(scope, 'SMT111', 'return inside a loop is not supported', ret,
      'accumulate into a local and return after the loop');
  }
  const fixed = new Set([shape.name, ...shape.limitNode
    .getDescendantsOfKind(SyntaxKind.Identifier).map((id) => id.getText())]);
  if (Node.isIdentifier(shape.limitNode)) fixed.add(shape.limitNode.getText());
  for (const node of body.getDescendants()) {
    const target = assignedName(node);
    if (target !== undefined && fixed.has(target)) {
      fail(scope, 'SMT110', `the loop body changes '${target}', which the loop condition reads`,
        node);
    }
  }
}

function assignedName(node: Node): string | undefined {
  if (Node.isBinaryExpression(node)) {
    const kind = node.getOperatorToken().getKind();
    const isAssignment = kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
    return isAssignment ? node.getLeft().getText() : undefined;
  }
  if (Node.isPostfixUnaryExpression(node) || Node.isPrefixUnaryExpression(node)) {
    const op = node.getOperatorToken();
    const changes = op === SyntaxKind.PlusPlusToken || op === SyntaxKind.MinusMinusToken;
    return changes ? node.getOperand().getText() : undefined;
  }
  return undefined;
}

function iterations(stmt: ForStatement, shape: LoopShape, scope: Scope): number {
  const lo = intervalOf(shape.start, scope.session.ranges).lo;
  const hi = intervalOf(shape.limit, scope.session.ranges).hi;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    return fail(
      scope, 'SMT105', `loop limit \`${shape.limitNode.getText()}\` has no stated maximum`,
      shape.limitNode, 'declare a `max` for the sizes the limit depends on, so the loop can be '
        + 'unrolled',
    );
  }
  const span = shape.op === '<' ? Math.ceil((hi - lo) / shape.step)
    : Math.floor((hi - lo) / shape.step) + 1;
  if (span > maxUnroll) {
    return fail(scope, 'SMT113', `loop would unroll to ${span} iterations (at most `
      + `${maxUnroll})`, stmt, 'lower the stated maximum of the limit');
  }
  return Math.max(0, span);
}
