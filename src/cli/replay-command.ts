/**
 * The one-line command printed after every verdict that is not "holds", so
 * the same check can be run again exactly: same file, every parameter's
 * value (defaults included, so a changed default cannot change the run), the
 * same strategy and bounds, and the property that failed.
 */
import type { Verdict } from '../engine/index.ts';

/** What the command must reproduce. */
export interface ReplaySpec {
  readonly file: string;
  readonly params: Readonly<Record<string, number>>;
  readonly strategy: 'bfs' | 'dfs';
  readonly maxDepth: number | undefined;
  readonly maxStates: number | undefined;
  readonly deadlock: boolean;
  /** The invariants the user restricted the check to (empty: all). */
  readonly invariants: readonly string[];
  readonly verdict: Verdict;
}

/**
 * `npx faultline check <file> --param k=v ...`. A violated invariant is named
 * with `--invariant` (checking only it reaches the same first violation, since
 * property checks do not change the order of the search).
 */
export function replayCommand(spec: ReplaySpec): string {
  const args = ['npx', 'faultline', 'check', spec.file];
  for (const [k, v] of Object.entries(spec.params)) args.push('--param', `${k}=${v}`);
  if (spec.strategy !== 'bfs') args.push('--strategy', spec.strategy);
  if (spec.maxDepth !== undefined) args.push('--max-depth', String(spec.maxDepth));
  if (spec.maxStates !== undefined) args.push('--max-states', String(spec.maxStates));
  if (!spec.deadlock) args.push('--no-deadlock');
  const invariants = [...spec.invariants];
  const v = spec.verdict;
  if (invariants.length === 0 && v.kind === 'violated' && v.property.kind === 'invariant') {
    invariants.push(v.property.name);
  }
  for (const name of invariants) args.push('--invariant', name);
  return args.map(shellQuote).join(' ');
}

/** Quotes `arg` for POSIX shells when it holds anything beyond safe characters. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_./=:,@%+-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
