/** Source locations of ts-morph nodes, for compiler-style error messages. */
import type { Node } from 'ts-morph';
import type { SourceLocation } from '../report.ts';

/** Where a node starts, with its line's text and the length to underline. */
export function locate(node: Node): SourceLocation {
  const file = node.getSourceFile();
  const start = node.getStart();
  const { line, column } = file.getLineAndColumnAtPos(start);
  const sourceLine = file.getFullText().split(/\r?\n/)[line - 1] ?? '';
  const onLine = sourceLine.length - (column - 1);
  const length = Math.max(1, Math.min(node.getEnd() - start, onLine));
  return { file: file.getFilePath(), line, column, sourceLine, length };
}
