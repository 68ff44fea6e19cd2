/**
 * Following names to their declarations through imports and re-exports with
 * the TypeScript checker, so a claim can call `waitFor` from another file.
 */
import {
  type ArrowFunction, type FunctionDeclaration, type FunctionExpression, type MethodDeclaration,
  Node,
} from 'ts-morph';

/** A function whose body the translator can read. */
export type FunctionNode = FunctionDeclaration | ArrowFunction | FunctionExpression
  | MethodDeclaration;

/** Whether a node is a function with a readable body. */
export function isFunctionNode(node: Node | undefined): node is FunctionNode {
  return Node.isFunctionDeclaration(node) || Node.isArrowFunction(node)
    || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node);
}

/** Strips parentheses and type-only wrappers (`as`, `satisfies`, `!`). */
export function unwrap(node: Node): Node {
  let current = node;
  while (
    Node.isParenthesizedExpression(current) || Node.isAsExpression(current)
    || Node.isSatisfiesExpression(current) || Node.isNonNullExpression(current)
  ) {
    current = current.getExpression();
  }
  return current;
}

/** The declaration a name refers to, following import and export aliases. */
export function declarationOf(name: Node): Node | undefined {
  let symbol = name.getSymbol();
  if (symbol === undefined) return undefined;
  if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
  return symbol.getDeclarations()[0];
}

/** The function a declaration introduces: `function f`, or `const f = (...) => ...`. */
export function functionOf(decl: Node | undefined): FunctionNode | undefined {
  if (isFunctionNode(decl)) return decl;
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    const fn = init === undefined ? undefined : unwrap(init);
    return isFunctionNode(fn) ? fn : undefined;
  }
  return undefined;
}

/** A readable name for a function: its own, its variable's, or its property's. */
export function functionName(fn: FunctionNode): string {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) {
    return fn.getName() ?? '<anonymous>';
  }
  let parent = fn.getParent();
  while (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent)) {
    parent = parent.getParent();
  }
  if (Node.isVariableDeclaration(parent) || Node.isPropertyAssignment(parent)) {
    return parent.getName();
  }
  return '<anonymous>';
}
