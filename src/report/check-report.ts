/**
 * What every renderer of a `check` run receives: the search result, the
 * replayed counterexample (if any), and enough of the run's settings to say
 * what was checked and how to run it again.
 */
import type { SearchResult } from '../engine/index.ts';
import type { Trace } from '../trace/index.ts';

/** The settings a check ran with. */
export interface CheckSettings {
  readonly strategy: 'bfs' | 'dfs';
  /** The depth bound, when one was given. */
  readonly maxDepth: number | undefined;
  /** The distinct-state bound, when one was given. */
  readonly maxStates: number | undefined;
  /** Whether states with no enabled step counted as deadlocks. */
  readonly deadlock: boolean;
}

/** One check run, ready to render. */
export interface CheckReport {
  /** The model file as the user gave it. */
  readonly file: string;
  readonly model: string;
  /** Every parameter's value in this run, defaults included. */
  readonly params: Readonly<Record<string, number>>;
  readonly settings: CheckSettings;
  /** The invariants and step properties that were checked, by name. */
  readonly checked: {
    readonly invariants: readonly string[];
    readonly stepProperties: readonly string[];
  };
  readonly result: SearchResult;
  /** The replayed counterexample; present when the verdict is a violation with a path. */
  readonly trace: Trace | undefined;
  /** A one-line shell command that runs this check again with the same verdict. */
  readonly replayCommand: string;
}
