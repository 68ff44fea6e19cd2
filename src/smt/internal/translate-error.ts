/**
 * The one exception of the translator: a construct outside the subset it
 * reads. It carries the node so the boundary can turn it into a located
 * `untranslatable` error; it never escapes the library.
 */
import type { Node } from 'ts-morph';
import type { TranslateCode } from '../report.ts';

/** A construct the translator cannot read, at a node, inside a named function. */
export class TranslateError extends Error {
  constructor(
    readonly code: TranslateCode,
    message: string,
    readonly node: Node,
    readonly functionName: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
