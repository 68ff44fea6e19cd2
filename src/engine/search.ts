/**
 * The explorer: breadth-first (shortest counterexamples) or depth-first
 * search over packed states, with a fingerprint visited set, parent links for
 * traces, property checks on every new state, deadlock detection, bounds and
 * progress events. Model errors surface as `ModelError`.
 */
import type { Fields } from '../model/types.ts';
import type { State } from '../model/view-types.ts';
import { RecordQueue } from './chunked.ts';
import type { CompiledModel, Named, Predicate } from './compile.ts';
import { SuccessorBatch } from './batch.ts';
import { Expander } from './expander.ts';
import { Fingerprinter } from './fingerprint.ts';
import { withPurityGuards } from './purity.ts';
import type { PropertyRef, SearchEvent, SearchResult, TracePath, Verdict } from './result.ts';
import { concretize } from './concretize.ts';
import { NO_PARENT, ParentLinks } from './parent-links.ts';
import { searchWarnings, selectInvariants, userThrew } from './properties.ts';
import { ReplayCheck } from './replay-check.ts';
import { Holder } from './views.ts';
import { collisionProbability, FingerprintSet } from './visited.ts';

/** How to search. */
export interface SearchOptions {
  /** `'bfs'` (default) finds shortest counterexamples; `'dfs'` uses less queue memory. */
  readonly strategy?: 'bfs' | 'dfs';
  /** States this many steps from an initial state are not expanded. */
  readonly maxDepth?: number;
  /** Stop once this many distinct states are found. */
  readonly maxStates?: number;
  /** Report states with no enabled step as deadlocks (default true). */
  readonly deadlock?: boolean;
  /** Check only these invariants (default, or an empty list: all of them). */
  readonly invariants?: readonly string[];
  /** Guard the clock and randomness and re-run a sample of expansions (default true). */
  readonly purity?: boolean;
  /** Milliseconds between progress events (default 5000). */
  readonly progressEveryMs?: number;
  readonly onEvent?: (event: SearchEvent) => void;
}

/** One search over one compiled model. Use `explore` rather than this class. */
class Explorer {
  private readonly words: number;
  private readonly visited: FingerprintSet;
  /** Depth-first under a depth bound: a state reached again by a shorter path is re-expanded. */
  private readonly revisit: boolean;
  private readonly links = new ParentLinks();
  private readonly fp = new Fingerprinter();
  private readonly expander: Expander;
  private readonly checkHolder: Holder;
  private readonly checkView: State<Fields>;
  private readonly invariants: readonly Named<Predicate>[];
  private readonly fired: Float64Array;
  private readonly reachMet: (TracePath | undefined)[];
  private readonly replay: ReplayCheck | undefined;
  private queue: RecordQueue;
  private generated = 0;
  private maxDepthSeen = 0;
  private queuePeak = 0;
  private readonly batch: SuccessorBatch;
  private readonly next: Uint32Array;
  private readonly stepChecks: boolean;
  /** True once `maxStates` distinct states are stored. */
  private full = false;
  private cut: Verdict | undefined;
  private violation: Verdict | undefined;

  constructor(private readonly cm: CompiledModel, private readonly opts: SearchOptions) {
    this.words = cm.layout.words;
    this.revisit = opts.strategy === 'dfs' && opts.maxDepth !== undefined;
    if (this.revisit && opts.maxDepth! >= 0xffff) {
      throw new RangeError('a depth-first search bounds depth at 65,534 at most');
    }
    this.visited = new FingerprintSet(1 << 16, this.revisit);
    this.expander = new Expander(cm);
    this.checkHolder = new Holder(this.words);
    this.checkView = cm.factory.make(cm.layout.root, this.checkHolder, 0, '') as State<Fields>;
    this.invariants = selectInvariants(cm, opts.invariants);
    this.fired = new Float64Array(cm.actions.length);
    this.reachMet = cm.reachable.map(() => undefined);
    this.replay = opts.purity === false ? undefined : new ReplayCheck(this.expander);
    this.queue = new RecordQueue(this.words + 2);
    this.batch = new SuccessorBatch(this.words, cm.symmetry);
    this.next = new Uint32Array(this.words);
    this.stepChecks = cm.stepProperties.length > 0;
  }

  run(): SearchResult {
    const start = performance.now();
    const guarded = this.opts.purity === false ? (f: () => void) => f() : withPurityGuards;
    guarded(() => {
      this.seed();
      if (!this.violation) this.loop(start);
    });
    return this.result(start);
  }

  /** Adds the initial states. */
  private seed(): void {
    this.cm.inits.forEach((raw, i) => {
      this.generated++;
      const init = raw.slice();
      this.cm.symmetry?.canonicalize(init, 0);
      this.fp.hash(init, 0, this.words);
      const { hi, lo } = this.fp;
      if (this.full) this.noteCut(hi, lo, false);
      else if (this.revisit) this.visitAt(init, hi, lo, NO_PARENT, i, 0);
      else if (this.visited.add(hi, lo)) this.discovered(init, NO_PARENT, i, 0);
    });
  }

  private loop(start: number): void {
    const cur = new Uint32Array(this.words);
    const bfs = this.opts.strategy !== 'dfs';
    const entry = new Uint32Array(this.words + 2);
    const every = this.opts.progressEveryMs ?? 5000;
    let lastEvent = start;
    let expansions = 0;
    // A depth bound cuts single branches, so the search goes on with the rest;
    // once the state bound is full there is nothing left to add.
    while (this.queue.size > 0 && !this.violation && !(this.full && this.cut)) {
      if (bfs) this.queue.shift(entry);
      else this.queue.pop(entry);
      const id = entry[0]!;
      const depth = entry[1]!;
      for (let j = 0; j < this.words; j++) cur[j] = entry[j + 2]!;
      this.expandOne(cur, id, depth);
      if ((++expansions & 1023) === 0 && this.opts.onEvent) {
        const now = performance.now();
        if (now - lastEvent >= every) {
          lastEvent = now;
          this.opts.onEvent(this.progress(start, now));
        }
      }
    }
  }

  private expandOne(cur: Uint32Array, id: number, depth: number): void {
    this.checkHolder.w = cur;
    if (this.cm.constraint && !this.userTest('constraint', '', this.cm.constraint)) return;
    const first = this.replay?.before(cur);
    const batch = this.batch;
    batch.size = 0;
    const n = this.expander.expand(cur, batch);
    if (first) this.replay!.after(first, batch);
    this.generated += n;
    if (n === 0) {
      this.checkDeadlock(cur, id);
      return;
    }
    batch.fingerprint(this.visited, cur);
    const atBound = this.opts.maxDepth !== undefined && depth >= this.opts.maxDepth;
    const next = this.next;
    const w = this.words;
    for (let i = 0; i < n && !this.violation; i++) {
      const action = batch.action[i]!;
      const step = batch.step[i]!;
      this.fired[action]!++;
      const hi = batch.hi[i]!;
      const lo = batch.lo[i]!;
      const unchanged = (hi | lo) === 0; // the state itself, so already visited
      if (unchanged && !this.stepChecks) continue;
      if (this.stepChecks) {
        for (let j = 0, base = i * w; j < w; j++) next[j] = batch.words[base + j]!;
        this.checkStep(next, action, step, id);
      }
      if (unchanged) continue;
      // Under a symmetry the state kept is the canonical one; the step was checked on the real one.
      for (let j = 0, base = i * w; j < w; j++) next[j] = batch.canonical[base + j]!;
      if (atBound || this.full) this.noteCut(hi, lo, atBound);
      else if (this.revisit) this.visitAt(next, hi, lo, id, step, depth + 1);
      else if (this.visited.add(hi, lo)) this.discovered(next, id, step, depth + 1);
    }
  }

  private checkDeadlock(cur: Uint32Array, id: number): void {
    if (this.opts.deadlock === false || this.violation) return;
    this.checkHolder.w = cur;
    if (!this.cm.terminal || !this.userTest('terminal', '', this.cm.terminal)) {
      this.violation = this.violated({ kind: 'deadlock', name: 'deadlock' }, id, cur);
    }
  }

  /** A successor beyond a bound: if it is new, the bound cut the search. */
  private noteCut(hi: number, lo: number, atBound: boolean): void {
    if (this.cut || this.visited.has(hi, lo)) return;
    this.cut = atBound
      ? { kind: 'incomplete', bound: 'max-depth', limit: this.opts.maxDepth! }
      : { kind: 'incomplete', bound: 'max-states', limit: this.opts.maxStates! };
  }

  /** Depth-first with a depth bound: expand states again when a shorter path reaches them. */
  private visitAt(next: Uint32Array, hi: number, lo: number, parent: number, step: number,
    depth: number): void {
    const seen = this.visited.visitAt(hi, lo, depth);
    if (seen === 1) this.discovered(next, parent, step, depth);
    else if (seen === 2) this.enqueue(next, this.links.add(parent, step), depth);
  }

  /** Records, checks and enqueues a state seen for the first time. */
  private discovered(next: Uint32Array, parent: number, step: number, depth: number): void {
    const id = this.links.add(parent, step);
    if (depth > this.maxDepthSeen) this.maxDepthSeen = depth;
    this.checkNew(next, id);
    this.enqueue(next, id, depth);
    const max = this.opts.maxStates;
    if (max !== undefined && this.visited.size >= max) this.full = true;
  }

  private enqueue(words: Uint32Array, id: number, depth: number): void {
    this.queue.push(id, depth, words);
    if (this.queue.size > this.queuePeak) this.queuePeak = this.queue.size;
  }

  /** Checks invariants and reachability goals on a newly found state. */
  private checkNew(words: Uint32Array, id: number): void {
    this.checkHolder.w = words;
    const invariants = this.invariants;
    for (let i = 0; i < invariants.length; i++) {
      const inv = invariants[i]!;
      if (!this.userTest('invariant', inv.name, inv.test)) {
        this.violation = this.violated({ kind: 'invariant', name: inv.name }, id, words);
        return;
      }
    }
    const goals = this.cm.reachable;
    for (let i = 0; i < goals.length; i++) {
      const goal = goals[i]!;
      if (this.reachMet[i] === undefined && this.userTest('reachable', goal.name, goal.test)) {
        this.reachMet[i] = this.pathTo(id, words);
      }
    }
  }

  private checkStep(next: Uint32Array, action: number, step: number, parent: number): void {
    const before = this.expander.current;
    this.checkHolder.w = next;
    const info = { action: this.cm.actions[action]!.name };
    for (const prop of this.cm.stepProperties) {
      let ok: boolean;
      try {
        ok = prop.test(before, this.checkView, info);
      } catch (err) {
        throw userThrew(this.cm.name, `step property '${prop.name}'`, err);
      }
      if (!ok) {
        const { init, steps } = this.links.pathTo(parent);
        steps.push(step);
        this.violation = {
          kind: 'violated', property: { kind: 'step', name: prop.name },
          path: this.tracePath(init, steps, next),
        };
        return;
      }
    }
  }

  /** Runs a predicate of the model on the check view; `kind` and `name` only name it in errors. */
  private userTest(kind: string, name: string, test: Predicate): boolean {
    try {
      return Boolean(test(this.checkView));
    } catch (err) {
      throw userThrew(this.cm.name, name ? `${kind} '${name}'` : kind, err);
    }
  }

  private violated(property: PropertyRef, id: number, words: Uint32Array): Verdict {
    return { kind: 'violated', property, path: this.pathTo(id, words) };
  }

  /** The path to state `id`, whose words are `words`. */
  private pathTo(id: number, words: Uint32Array): TracePath {
    const { init, steps } = this.links.pathTo(id);
    return this.tracePath(init, steps, words);
  }

  /**
   * A trace path ending in `last`. Under a symmetry the links lead through
   * canonical states: the path is redone through the states really reached.
   */
  private tracePath(init: number, steps: number[], last: Uint32Array): TracePath {
    if (!this.cm.symmetry) return { init, steps, fingerprint: this.fingerprintOf(last) };
    const real = concretize(this.cm, this.cm.symmetry, init, steps);
    return { init, steps: real.steps, fingerprint: this.fingerprintOf(real.last) };
  }

  private fingerprintOf(words: Uint32Array): [number, number] {
    this.fp.hash(words, 0, this.words);
    return [this.fp.hi, this.fp.lo];
  }

  private progress(start: number, now: number): SearchEvent {
    const seconds = (now - start) / 1000;
    return {
      type: 'progress', distinct: this.visited.size, generated: this.generated,
      depth: this.maxDepthSeen, queue: this.queue.size, seconds,
      statesPerSecond: Math.round(this.visited.size / Math.max(seconds, 1e-9)),
    };
  }

  private result(start: number): SearchResult {
    const reachable = this.cm.reachable.map((goal, i) => ({
      name: goal.name, met: this.reachMet[i] !== undefined, path: this.reachMet[i],
    }));
    let verdict: Verdict = this.violation ?? this.cut ?? { kind: 'holds' };
    const unmet = reachable.find((r) => !r.met);
    if (verdict.kind === 'holds' && unmet) {
      verdict = { kind: 'violated', property: { kind: 'reachable', name: unmet.name } };
    }
    const coverage = this.cm.actions.map((a) => ({ action: a.name, fired: this.fired[a.index]! }));
    const warnings = searchWarnings(coverage, !this.violation && !this.cut);
    return {
      verdict,
      stats: {
        strategy: this.opts.strategy ?? 'bfs', distinct: this.visited.size,
        generated: this.generated, depth: this.maxDepthSeen,
        seconds: (performance.now() - start) / 1000, queuePeak: this.queuePeak,
        collisionProbability: collisionProbability(this.visited.size),
      },
      coverage, reachable, warnings,
    };
  }
}

/** Explores every state of `cm` reachable within the options' bounds. Throws `ModelError`. */
export function explore(cm: CompiledModel, opts: SearchOptions = {}): SearchResult {
  return new Explorer(cm, opts).run();
}
