/**
 * Checking a plan's shape before anything runs: every entry names a file,
 * has a well-formed expectation and sensible bounds, and no two entries share
 * a name. Whether the files exist and the parameters and properties are the
 * model's own is for the loader to check, since that needs the files.
 */
import {
  defaultCheckName, fileStem, type CheckExpectation, type Plan, type PlanCheck, type PlanProof,
  type ValidPlan,
} from './plan.ts';

/** One thing wrong with a plan. */
export interface PlanProblem {
  /** The entry, as `check 2 ('two-phase-commit rm=3')`; undefined for the plan as a whole. */
  readonly entry: string | undefined;
  readonly message: string;
  /** What to write instead. */
  readonly hint: string;
}

/** The validated plan, or every problem found. */
export type PlanValidation =
  | { readonly ok: true; readonly plan: ValidPlan }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

type Loose = Readonly<Record<string, unknown>>;

const EXPECT_HINT = "write expect: 'holds', { violated: 'Name', traceLength: 4 } or " +
  "{ incomplete: 'max-states' }";

/** Validates `plan` and fills in defaults. Never throws. */
export function validatePlan(plan: Plan): PlanValidation {
  const problems: PlanProblem[] = [];
  const spec = plan.spec as unknown as Loose;
  if (typeof spec.name !== 'string' || spec.name.trim() === '') {
    problems.push({ entry: undefined, message: 'the plan has no name',
      hint: "give it one: definePlan({ name: 'my-project', checks: [...] })" });
  }
  const checks = listOf(spec.checks, 'checks', problems).map((c, i) => checkEntry(c, i, problems));
  const proofs = listOf(spec.proofs ?? [], 'proofs', problems)
    .map((p, i) => proofEntry(p, i, problems));
  if (checks.length + proofs.length === 0 && problems.length === 0) {
    problems.push({ entry: undefined, message: 'the plan has no checks and no proofs',
      hint: 'add at least one entry to checks or proofs' });
  }
  uniqueNames([...checks, ...proofs].map((e) => e.name), problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: { name: String(spec.name), checks, proofs } };
}

function listOf(value: unknown, field: string, problems: PlanProblem[]): Loose[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null)) {
    return value as Loose[];
  }
  problems.push({ entry: undefined, message: `'${field}' must be a list of entries`,
    hint: `write ${field}: [{ ... }, ...]` });
  return [];
}

function checkEntry(e: Loose, index: number, problems: PlanProblem[]): PlanCheck {
  const model = typeof e.model === 'string' ? e.model : '';
  const params = paramsOf(e.params);
  const name = typeof e.name === 'string' ? e.name : defaultCheckName(model || '?', params ?? {});
  const at = `check ${index + 1} ('${name}')`;
  const bad = (message: string, hint: string) => problems.push({ entry: at, message, hint });

  if (model.trim() === '') bad('has no model file', "write model: '../models/my-model.ts'");
  if (params === undefined) bad('params must map names to integers', 'write params: { n: 3 }');
  if (e.strategy !== undefined && e.strategy !== 'bfs' && e.strategy !== 'dfs') {
    bad(`unknown strategy '${String(e.strategy)}'`, "use 'bfs' or 'dfs'");
  }
  const maxStates = count(e.maxStates, 'maxStates', bad);
  const maxDepth = count(e.maxDepth, 'maxDepth', bad);
  const distinct = count(e.distinct, 'distinct', bad);
  const invariants = names(e.invariants, bad);
  if (e.deadlock !== undefined && typeof e.deadlock !== 'boolean') {
    bad('deadlock must be true or false', 'write deadlock: false to allow stuck states');
  }
  const expect = expectation(e.expect, bad);
  if (expect !== undefined && typeof expect === 'object' && 'incomplete' in expect) {
    const bound = expect.incomplete === 'max-states' ? maxStates : maxDepth;
    if (bound === undefined) {
      bad(`expects to stop at ${expect.incomplete} but sets no such bound`,
        `set ${expect.incomplete === 'max-states' ? 'maxStates' : 'maxDepth'}`);
    }
  }
  return {
    name, model, params: params ?? {}, strategy: e.strategy === 'dfs' ? 'dfs' : 'bfs',
    maxStates, maxDepth, invariants, deadlock: e.deadlock !== false, expect: expect ?? 'holds',
    distinct,
  };
}

function proofEntry(e: Loose, index: number, problems: PlanProblem[]): PlanProof {
  const file = typeof e.file === 'string' ? e.file : '';
  const name = typeof e.name === 'string' ? e.name : fileStem(file || '?');
  const at = `proof ${index + 1} ('${name}')`;
  const bad = (message: string, hint: string) => problems.push({ entry: at, message, hint });
  if (file.trim() === '') bad('has no file', "write file: '../models/thresholds/quorum.ts'");
  const timeoutMs = count(e.timeoutMs, 'timeoutMs', bad);
  if (timeoutMs === 0) bad('timeoutMs must be above 0', 'drop it to use the default');
  const lemmas = e.lemmas === undefined ? undefined : names(e.lemmas, bad);
  if (lemmas !== undefined && lemmas.length === 0) {
    bad('lemmas is empty, so nothing would be proved', 'list lemma names or drop lemmas');
  }
  return { name, file, lemmas, timeoutMs };
}

type Complain = (message: string, hint: string) => void;

function paramsOf(value: unknown): Record<string, number> | undefined {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (!entries.every(([, v]) => Number.isSafeInteger(v))) return undefined;
  return Object.fromEntries(entries) as Record<string, number>;
}

function count(value: unknown, field: string, bad: Complain): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  bad(`${field} must be a whole number, 0 or more (got ${String(value)})`,
    `write ${field}: 1000, or drop it`);
  return undefined;
}

function names(value: unknown, bad: Complain): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')) {
    return value as string[];
  }
  bad('must be a list of names', "write ['Name', ...]");
  return [];
}

function expectation(value: unknown, bad: Complain): CheckExpectation | undefined {
  if (value === 'holds') return value;
  if (typeof value === 'object' && value !== null) {
    const v = value as Loose;
    if (typeof v.violated === 'string' && v.violated !== '' && v.incomplete === undefined) {
      const length = v.traceLength;
      if (length === undefined) return { violated: v.violated };
      if (Number.isSafeInteger(length) && (length as number) >= 0) {
        return { violated: v.violated, traceLength: length as number };
      }
      bad(`traceLength must be a whole number of steps (got ${String(length)})`, EXPECT_HINT);
      return undefined;
    }
    if ((v.incomplete === 'max-states' || v.incomplete === 'max-depth')
      && v.violated === undefined) {
      return { incomplete: v.incomplete };
    }
  }
  bad(`expect is not a verdict (got ${JSON.stringify(value) ?? 'nothing'})`, EXPECT_HINT);
  return undefined;
}

function uniqueNames(all: readonly string[], problems: PlanProblem[]): void {
  const seen = new Set<string>();
  for (const name of all) {
    if (seen.has(name)) {
      problems.push({ entry: `'${name}'`, message: 'two entries have this name',
        hint: "give one of them a name of its own: name: '...'" });
    }
    seen.add(name);
  }
}
