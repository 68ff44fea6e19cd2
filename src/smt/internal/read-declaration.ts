/**
 * Finds `export const arithmetic = defineArithmetic({...})` in a file (or the
 * file it is re-exported from) and the functions its lemmas are written as.
 * The values of the declaration (sizes, expectations, witnesses) are read at
 * run time; only the predicates' source is needed here.
 */
import { Node, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { ProveError } from '../report.ts';
import { locate } from './location.ts';
import { type FunctionNode, declarationOf, functionOf, isFunctionNode, unwrap } from './resolve.ts';

/** The source of one lemma's predicates. */
export interface SourceLemma {
  readonly name: string;
  readonly node: Node;
  readonly claim: FunctionNode;
  readonly where: FunctionNode | undefined;
  readonly assume: FunctionNode | undefined;
}

/** The source of a whole declaration. */
export interface SourceDeclaration {
  readonly node: Node;
  readonly assume: FunctionNode | undefined;
  readonly lemmas: readonly SourceLemma[];
}

/** A declaration, or why it could not be read. */
export type ReadResult =
  | { readonly ok: true; readonly declaration: SourceDeclaration }
  | { readonly ok: false; readonly error: ProveError };

class BadDeclaration extends Error {
  constructor(message: string, readonly node: Node) {
    super(message);
  }
}

/** Reads the `arithmetic` export of a file. */
export function readDeclaration(file: SourceFile): ReadResult {
  const exported = file.getExportedDeclarations().get('arithmetic')?.[0];
  if (exported === undefined) {
    return { ok: false, error: {
      kind: 'no-arithmetic-export', code: 'SMT002', file: file.getFilePath(),
      message: 'no `arithmetic` export: add `export const arithmetic = defineArithmetic({...})`',
    } };
  }
  try {
    return { ok: true, declaration: readSpec(exported) };
  } catch (e) {
    if (!(e instanceof BadDeclaration)) throw e;
    return { ok: false, error: {
      kind: 'bad-declaration', code: 'SMT003', message: e.message, location: locate(e.node),
    } };
  }
}

function readSpec(exported: Node): SourceDeclaration {
  const init = Node.isVariableDeclaration(exported) ? exported.getInitializer() : undefined;
  const call = init === undefined ? undefined : unwrap(init);
  const spec = Node.isCallExpression(call) ? call.getArguments()[0] : undefined;
  if (!Node.isCallExpression(call) || !Node.isObjectLiteralExpression(spec)) {
    throw new BadDeclaration(
      '`arithmetic` must be initialised with defineArithmetic({...}) and an object literal',
      exported,
    );
  }
  const lemmas = property(spec, 'lemmas');
  const lemmaObject = lemmas === undefined ? undefined : unwrap(lemmas);
  if (!Node.isObjectLiteralExpression(lemmaObject)) {
    throw new BadDeclaration('`lemmas` must be an object literal', lemmas ?? spec);
  }
  return {
    node: spec,
    assume: optionalFunction(spec, 'assume'),
    lemmas: entries(lemmaObject).map(([name, value]) => readLemma(name, value)),
  };
}

function readLemma(name: string, value: Node): SourceLemma {
  const lemma = unwrap(value);
  if (!Node.isObjectLiteralExpression(lemma)) {
    throw new BadDeclaration(`lemma '${name}' must be an object literal`, value);
  }
  const claim = optionalFunction(lemma, 'claim');
  if (claim === undefined) throw new BadDeclaration(`lemma '${name}' has no claim`, lemma);
  return {
    name, node: lemma, claim,
    where: optionalFunction(lemma, 'where'),
    assume: optionalFunction(lemma, 'assume'),
  };
}

/** The properties of an object literal as (name, value node) pairs. */
function entries(object: ObjectLiteralExpression): [string, Node][] {
  return object.getProperties().map((p) => {
    if (Node.isPropertyAssignment(p)) {
      const nameNode = p.getNameNode();
      const name = Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
      return [name, p.getInitializerOrThrow()];
    }
    if (Node.isShorthandPropertyAssignment(p) || Node.isMethodDeclaration(p)) {
      return [p.getName(), p];
    }
    throw new BadDeclaration('spread and computed properties cannot be read', p);
  });
}

function property(object: ObjectLiteralExpression, name: string): Node | undefined {
  return entries(object).find(([key]) => key === name)?.[1];
}

function optionalFunction(object: ObjectLiteralExpression, name: string): FunctionNode | undefined {
  const value = property(object, name);
  if (value === undefined) return undefined;
  if (isFunctionNode(value)) return value;
  const target = Node.isShorthandPropertyAssignment(value)
    ? functionOf(value.getValueSymbol()?.getDeclarations()[0])
    : resolveFunction(unwrap(value));
  if (target === undefined) {
    throw new BadDeclaration(`\`${name}\` must be a function whose source can be read`, value);
  }
  return target;
}

function resolveFunction(value: Node): FunctionNode | undefined {
  if (isFunctionNode(value)) return value;
  return Node.isIdentifier(value) ? functionOf(declarationOf(value)) : undefined;
}
