/**
 * What a search returns: a verdict that is never "holds" for a search cut
 * short, the counts, and the paths that counterexamples are replayed from.
 */

/** Which property a verdict is about. */
export interface PropertyRef {
  readonly kind: 'invariant' | 'step' | 'deadlock' | 'reachable';
  readonly name: string;
}

/**
 * A path through the state graph: an initial state and, for each step, the
 * ordinal of the successor taken among the state's successors. Replaying it
 * rebuilds every state; `fingerprint` is the last state's, to check replay.
 */
export interface TracePath {
  readonly init: number;
  readonly steps: readonly number[];
  readonly fingerprint: readonly [number, number];
}

/** The bound that cut a search short. */
export type Bound = 'max-depth' | 'max-states';

/** The verdict of a search. */
export type Verdict =
  | { readonly kind: 'holds' }
  | {
      readonly kind: 'violated';
      readonly property: PropertyRef;
      /** The counterexample; absent for a reachability property never met. */
      readonly path?: TracePath;
    }
  | { readonly kind: 'incomplete'; readonly bound: Bound; readonly limit: number };

/** How often each action produced a successor. */
export interface ActionCoverage {
  readonly action: string;
  readonly fired: number;
}

/** Whether a reachability property was met, and the shortest path to it under BFS. */
export interface ReachableStatus {
  readonly name: string;
  readonly met: boolean;
  readonly path?: TracePath;
}

/** Counts and timings of a search. */
export interface SearchStats {
  readonly strategy: 'bfs' | 'dfs';
  /** Distinct states found. */
  readonly distinct: number;
  /** Successors computed, plus the initial states (TLC's "generated"). */
  readonly generated: number;
  /** The largest number of steps from an initial state to a state found. */
  readonly depth: number;
  readonly seconds: number;
  /** The largest number of states waiting to be expanded at once. */
  readonly queuePeak: number;
  /** Estimated probability that two distinct states shared a fingerprint. */
  readonly collisionProbability: number;
}

/** Everything a search found. */
export interface SearchResult {
  readonly verdict: Verdict;
  readonly stats: SearchStats;
  readonly coverage: readonly ActionCoverage[];
  readonly reachable: readonly ReachableStatus[];
  /**
   * Things worth a look that are not failures: actions that never fired, a
   * declared symmetry not used.
   */
  readonly warnings: readonly string[];
}

/** A structured event of a running search, for progress displays. */
export type SearchEvent =
  | {
      readonly type: 'progress';
      readonly distinct: number;
      readonly generated: number;
      readonly depth: number;
      readonly queue: number;
      readonly seconds: number;
      readonly statesPerSecond: number;
    };
