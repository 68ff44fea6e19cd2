/**
 * `faultline list`: what a model declares, compiled at the given (or
 * default) parameters: its parameters with defaults, ranges and docs, its
 * state fields, its actions, and its properties. Exit 0, or 2 on bad input.
 */
import type { CompiledModel } from '../engine/index.ts';
import { compileModel } from '../index.ts';
import { describeType } from '../model/index.ts';
import { classifyThrown, reportFailure } from './failure.ts';
import type { CliIo } from './io.ts';
import { loadModel } from './load-model.ts';

/** The flags of `list`. */
export interface ListFlags {
  readonly param: Readonly<Record<string, string>>;
  readonly json: boolean;
  readonly verbose: boolean;
}

/** What `list --json` prints. */
export interface ModelListing {
  readonly format: 'faultline-list/1';
  readonly file: string;
  readonly model: string;
  readonly doc: string | null;
  readonly params: readonly { readonly name: string; readonly default: number;
    readonly value: number; readonly min: number; readonly max: number | null;
    readonly doc: string | null }[];
  readonly state: readonly { readonly field: string; readonly type: string }[];
  readonly actions: readonly { readonly name: string; readonly kind: 'protocol' | 'fault';
    readonly choices: number | 'state-dependent' }[];
  readonly invariants: readonly string[];
  readonly stepProperties: readonly string[];
  readonly reachable: readonly string[];
  readonly declares: readonly string[];
}

/** Runs `list` on `file`; returns the exit code. */
export async function runList(file: string, flags: ListFlags, io: CliIo): Promise<number> {
  const style = { json: flags.json, verbose: flags.verbose, command: 'list' };
  const loaded = await loadModel(file, io.cwd);
  if (!loaded.ok) return reportFailure(io, loaded.failure, style);
  let cm: CompiledModel;
  try {
    cm = compileModel(loaded.value.model, flags.param);
  } catch (err) {
    return reportFailure(io, classifyThrown(err), style);
  }
  const listing = listModel(file, cm);
  io.out(flags.json ? `${JSON.stringify(listing, null, 2)}\n` : renderListing(listing));
  return 0;
}

/** The listing of a compiled model. */
export function listModel(file: string, cm: CompiledModel): ModelListing {
  const spec = cm.model.spec;
  const declares = (['constraint', 'terminal', 'symmetry'] as const).filter((k) => spec[k]);
  return {
    format: 'faultline-list/1', file, model: cm.name, doc: spec.doc ?? null,
    params: Object.entries(spec.params ?? {}).map(([name, p]) => ({
      name, default: p.default, value: cm.params[name]!, min: p.min ?? 0, max: p.max ?? null,
      doc: p.doc ?? null,
    })),
    state: Object.entries(cm.stateType.fields).map(([field, t]) => ({
      field, type: describeType(t),
    })),
    actions: cm.actions.map((a) => ({
      name: a.name, kind: a.spec.kind ?? 'protocol',
      choices: a.choices ? a.choices.length : 'state-dependent',
    })),
    invariants: cm.invariants.map((p) => p.name),
    stepProperties: cm.stepProperties.map((p) => p.name),
    reachable: cm.reachable.map((p) => p.name),
    declares,
  };
}

/** The listing as text. */
export function renderListing(l: ModelListing): string {
  const out = [`${l.model}${l.doc ? `: ${l.doc}` : ''} (${l.file})`, '', 'Parameters:'];
  if (l.params.length === 0) out.push('  (none)');
  const pw = Math.max(0, ...l.params.map((p) => p.name.length));
  for (const p of l.params) {
    const range = `${p.min}..${p.max ?? '∞'}`;
    const now = p.value !== p.default ? `, now ${p.value}` : '';
    out.push(`  ${p.name.padEnd(pw)}  default ${p.default}${now}, range ${range}` +
      `${p.doc ? `  ${p.doc}` : ''}`);
  }
  out.push('', 'State:');
  const sw = Math.max(0, ...l.state.map((f) => f.field.length));
  for (const f of l.state) out.push(`  ${f.field.padEnd(sw)}  ${f.type}`);
  out.push('', `Actions (${l.actions.length}):`);
  const aw = Math.max(0, ...l.actions.map((a) => a.name.length));
  for (const a of l.actions) {
    const choices = a.choices === 'state-dependent' ? 'choices depend on the state'
      : `${a.choices} choice${a.choices === 1 ? '' : 's'}`;
    out.push(`  ${a.name.padEnd(aw)}  ${choices}${a.kind === 'fault' ? '  [fault]' : ''}`);
  }
  out.push('', `Invariants: ${names(l.invariants)}`, `Step properties: ${names(l.stepProperties)}`,
    `Reachability goals: ${names(l.reachable)}`);
  if (l.declares.length > 0) out.push(`Also declares: ${l.declares.join(', ')}`);
  return `${out.join('\n')}\n`;
}

function names(list: readonly string[]): string {
  return list.length > 0 ? list.join(', ') : '(none)';
}
