/**
 * A whole function: parameters bound to argument terms, then its body read
 * either as one expression (arrow functions) or as statements.
 */
import { Node } from 'ts-morph';
import { type FunctionNode, functionName } from './resolve.ts';
import { type Scope, type TranslateSession, fail } from './scope.ts';
import type { Term } from './term.ts';
import { translateExpr } from './translate-expression.ts';
import { evalStatements } from './translate-statements.ts';

/**
 * Translates a call of `fn` on `args`. `site` is the call (for errors about
 * missing arguments); `label` names the function in errors when it has no name
 * of its own (a lemma's claim).
 */
export function translateFunction(
  fn: FunctionNode, args: readonly Term[], session: TranslateSession, site: Node, label?: string,
): Term {
  const scope: Scope = { session, env: new Map(), fn: label ?? functionName(fn) };
  bindParameters(fn, args, scope, site);
  const body = fn.getBody();
  if (body === undefined) return fail(scope, 'SMT103', 'function has no body', fn);
  const owner = Node.isArrowFunction(fn) ? fn : (fn.getNameNode() ?? fn);
  if (Node.isBlock(body)) return evalStatements(body.getStatements(), scope, owner);
  return translateExpr(body, scope);
}

function bindParameters(fn: FunctionNode, args: readonly Term[], scope: Scope, site: Node): void {
  fn.getParameters().forEach((param, i) => {
    const nameNode = param.getNameNode();
    if (!Node.isIdentifier(nameNode) || param.isRestParameter()) {
      fail(scope, 'SMT101', 'parameters must be plain names', param);
    }
    const init = param.getInitializer();
    const value = args[i] ?? (init === undefined ? undefined : translateExpr(init, scope));
    if (value === undefined) {
      fail(scope, 'SMT101', `no argument for parameter '${param.getName()}'`, site);
    }
    scope.env.set(param.getName(), value);
  });
}
