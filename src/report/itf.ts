/**
 * Export of a trace in the Informal Trace Format (ITF), the JSON trace
 * format of Apalache and Quint, so other tools can read faultline's
 * counterexamples: `{"#meta": ..., "vars": [...], "states": [...]}`, each
 * state a `{"#meta": {"index": i}, var: value, ...}`. Integers are written as
 * `{"#bigint": "n"}`, sets as `{"#set": [...]}`, arrays as JSON arrays and
 * records as JSON objects, as the format prescribes.
 *
 * Limit: ITF has no place for a step's actor or message; faultline puts the
 * step's label, action, kind and actor in each state's `#meta`.
 */
import type { Type } from '../model/index.ts';
import type { PlainObject, PlainValue, Trace } from '../trace/index.ts';

/** An ITF value. */
export type ItfValue =
  | boolean
  | string
  | { readonly '#bigint': string }
  | { readonly '#set': readonly ItfValue[] }
  | readonly ItfValue[]
  | { readonly [field: string]: ItfValue };

/** An ITF state: `#meta` plus one entry per state variable. */
export type ItfState = { readonly '#meta': Readonly<Record<string, string | number>> } &
  { readonly [variable: string]: ItfValue | Readonly<Record<string, string | number>> };

/** A whole ITF trace. */
export interface ItfTrace {
  readonly '#meta': Readonly<Record<string, unknown>>;
  readonly vars: readonly string[];
  readonly states: readonly ItfState[];
}

/** What the ITF header records about the run. */
export interface ItfSource {
  /** The model file. */
  readonly file: string;
  /** The violated property, as a phrase, if any. */
  readonly violated?: string;
}

/** The ITF form of `trace`: the initial state, then the state after each step. */
export function traceToItf(trace: Trace, source: ItfSource): ItfTrace {
  const vars = Object.keys(trace.stateType.fields);
  const states: ItfState[] = [state(trace, trace.initial, { index: 0, action: 'init' })];
  for (const step of trace.steps) {
    const meta: Record<string, string | number> = {
      index: step.index, action: step.action, label: step.label, kind: step.kind,
    };
    if (step.actor !== undefined) meta.actor = step.actor;
    states.push(state(trace, step.state, meta));
  }
  return {
    '#meta': {
      format: 'ITF',
      'format-description': 'https://apalache-mc.org/docs/adr/015adr-trace.html',
      source: source.file,
      description: `faultline counterexample for model '${trace.model}'` +
        (source.violated ? `: ${source.violated} violated` : ''),
      model: trace.model,
      params: trace.params,
    },
    vars,
    states,
  };
}

function state(trace: Trace, plain: PlainObject,
  meta: Record<string, string | number>): ItfState {
  const out: Record<string, ItfValue | Record<string, string | number>> = { '#meta': meta };
  for (const [name, type] of Object.entries(trace.stateType.fields)) {
    out[name] = toItfValue(type, plain[name]!);
  }
  return out as ItfState;
}

/** The ITF encoding of a plain value of `type`. */
export function toItfValue(type: Type, v: PlainValue): ItfValue {
  switch (type.kind) {
    case 'int':
      return { '#bigint': String(v) };
    case 'bool':
    case 'enum':
      return v as boolean | string;
    case 'set':
      return { '#set': (v as readonly number[]).map((m) => ({ '#bigint': String(m) })) };
    case 'array':
      return (v as readonly PlainValue[]).map((x) => toItfValue(type.of, x));
    case 'record': {
      const o = v as PlainObject;
      const out: Record<string, ItfValue> = {};
      for (const [k, t] of Object.entries(type.fields)) out[k] = toItfValue(t, o[k]!);
      return out;
    }
  }
}
