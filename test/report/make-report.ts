/** Builds `CheckReport`s from real runs, with the time fixed so renderings are exact. */
import { compileModel, explore, type Fields, type Model, type ParamSpecs } from
  '../../src/index.ts';
import type { CheckReport } from '../../src/report/index.ts';
import { replay } from '../../src/trace/index.ts';

/** Checks `model` and packages the result as the CLI would, with `seconds` fixed to 0.5. */
export function reportFor<F extends Fields, PS extends ParamSpecs>(model: Model<F, PS>,
  file: string,
  params: Record<string, number> = {}, opts: { maxStates?: number } = {}): CheckReport {
  const cm = compileModel(model, params);
  const found = explore(cm, { maxStates: opts.maxStates });
  const result = { ...found, stats: { ...found.stats, seconds: 0.5 } };
  const v = result.verdict;
  let trace;
  if (v.kind === 'violated' && v.path) {
    const r = replay(cm, v.path);
    if (!r.ok) throw new Error(r.error.message);
    trace = r.trace;
  }
  return {
    file, model: cm.name, params: cm.params, result, trace,
    settings: { strategy: 'bfs', maxDepth: undefined, maxStates: opts.maxStates,
      deadlock: true },
    checked: { invariants: cm.invariants.map((i) => i.name), stepProperties: [] },
    replayCommand: `npx faultline check ${file}`,
  };
}
