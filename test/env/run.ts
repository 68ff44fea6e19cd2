/** Shared helpers of the env tests: compile and explore a tiny model. */
import { compileModel, explore, type AnyModel, type SearchOptions, type SearchResult } from
  '../../src/index.ts';

/** Explores `model` (BFS, deadlock off unless asked) and returns the result. */
export function run(
  model: unknown, params: Record<string, number> = {}, opts: SearchOptions = {},
): SearchResult {
  return explore(compileModel(model as AnyModel, params), { deadlock: false, ...opts });
}

/** The kind ('protocol' or 'fault') of each action of `model`, by name. */
export function kinds(model: unknown, params: Record<string, number> = {}): Record<string, string> {
  const cm = compileModel(model as AnyModel, params);
  return Object.fromEntries(cm.actions.map((a) => [a.name, a.spec.kind ?? 'protocol']));
}

/** The length of the counterexample of a violated verdict (throws if it holds). */
export function traceLength(result: SearchResult): number {
  if (result.verdict.kind !== 'violated' || !result.verdict.path) {
    throw new Error(`expected a violation with a trace, got ${result.verdict.kind}`);
  }
  return result.verdict.path.steps.length;
}
