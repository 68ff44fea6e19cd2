/**
 * The machine-readable form of a check: one JSON object whose shape is
 * documented in reports/README.md and versioned by `format`. Field names
 * and meanings only change with a new `format` number.
 */
import type { ActionCoverage, SearchStats } from '../engine/index.ts';
import type { FieldChange, PlainObject } from '../trace/index.ts';
import type { CheckReport, CheckSettings } from './check-report.ts';

/** The version of the JSON shape below. */
export const CHECK_JSON_FORMAT = 'faultline-check/1';

/** The verdict as JSON: `kind`, and the property or the bound. */
export type VerdictJson =
  | { readonly kind: 'holds' }
  | {
      readonly kind: 'violated';
      readonly property: { readonly kind: string; readonly name: string };
      /** Steps in the counterexample; `null` when there is none (an unmet reachability goal). */
      readonly traceLength: number | null;
    }
  | { readonly kind: 'incomplete'; readonly bound: string; readonly limit: number };

/** One trace step as JSON; `actor`, `message` and `chance` are `null` when not declared. */
export interface StepJson {
  readonly index: number;
  readonly action: string;
  readonly label: string;
  readonly kind: 'protocol' | 'fault';
  readonly actor: number | null;
  readonly message: { readonly from: number; readonly to: number | readonly number[];
    readonly text: string } | null;
  readonly chance: number | null;
  readonly changes: readonly FieldChange[];
  readonly state: PlainObject;
}

/** A whole check as JSON. */
export interface CheckJson {
  readonly format: typeof CHECK_JSON_FORMAT;
  readonly file: string;
  readonly model: string;
  readonly params: Readonly<Record<string, number>>;
  readonly settings: { readonly strategy: string; readonly maxDepth: number | null;
    readonly maxStates: number | null; readonly deadlock: boolean };
  readonly checked: CheckReport['checked'];
  readonly verdict: VerdictJson;
  readonly stats: SearchStats;
  readonly coverage: readonly ActionCoverage[];
  readonly reachable: readonly { readonly name: string; readonly met: boolean }[];
  readonly warnings: readonly string[];
  readonly trace: {
    /** Process names by id (empty when the model declares none: ids name themselves). */
    readonly processes: readonly string[];
    readonly initial: PlainObject;
    readonly steps: readonly StepJson[];
  } | null;
  readonly replay: string;
}

/** The JSON object for `report` (serialise it with `JSON.stringify`). */
export function checkToJson(report: CheckReport): CheckJson {
  const r = report.result;
  return {
    format: CHECK_JSON_FORMAT,
    file: report.file,
    model: report.model,
    params: report.params,
    settings: settingsJson(report.settings),
    checked: report.checked,
    verdict: verdictJson(report),
    stats: r.stats,
    coverage: r.coverage,
    reachable: r.reachable.map((g) => ({ name: g.name, met: g.met })),
    warnings: r.warnings,
    trace: report.trace ? {
      processes: report.trace.processes,
      initial: report.trace.initial,
      steps: report.trace.steps.map((s) => ({
        index: s.index, action: s.action, label: s.label, kind: s.kind,
        actor: s.actor ?? null, message: s.message ?? null, chance: s.chance ?? null,
        changes: s.changes, state: s.state,
      })),
    } : null,
    replay: report.replayCommand,
  };
}

function settingsJson(s: CheckSettings): CheckJson['settings'] {
  return { strategy: s.strategy, maxDepth: s.maxDepth ?? null, maxStates: s.maxStates ?? null,
    deadlock: s.deadlock };
}

function verdictJson(report: CheckReport): VerdictJson {
  const v = report.result.verdict;
  if (v.kind === 'holds') return { kind: 'holds' };
  if (v.kind === 'incomplete') return { kind: 'incomplete', bound: v.bound, limit: v.limit };
  return {
    kind: 'violated',
    property: { kind: v.property.kind, name: v.property.name },
    traceLength: report.trace ? report.trace.steps.length : null,
  };
}
