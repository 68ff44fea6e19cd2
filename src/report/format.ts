/**
 * Small text formatters shared by the renderers: counts with thousands
 * separators, durations, plain values and field changes.
 */
import type { StepMessage } from '../model/index.ts';
import type { FieldChange, PlainValue } from '../trace/index.ts';

/** `1146` as `1,146`; independent of the machine's locale. */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** Seconds with precision suited to the size: `0.004 s`, `1.25 s`, `73 s`. */
export function formatSeconds(s: number): string {
  if (s < 0.01) return `${s.toFixed(3)} s`;
  if (s < 10) return `${s.toFixed(2)} s`;
  return `${Math.round(s)} s`;
}

/**
 * A plain value as a short, unambiguous text: strings quoted, arrays in
 * brackets, records in braces with their field names; with `asSet`, a list of
 * members in braces (`{0, 2}`, `{}` when empty).
 */
export function formatValue(v: PlainValue, asSet = false): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    const items = (v as readonly PlainValue[]).map((x) => formatValue(x));
    return asSet ? `{${items.join(', ')}}` : `[${items.join(', ')}]`;
  }
  const entries = Object.entries(v).map(([k, x]) => `${k}: ${formatValue(x)}`);
  return `{${entries.join(', ')}}`;
}

/** A change as `rmState[2]: "working" -> "prepared"`. */
export function formatChange(c: FieldChange): string {
  const set = c.kind === 'set';
  return `${c.path}: ${formatValue(c.before, set)} -> ${formatValue(c.after, set)}`;
}

/** A message as `0 -> 3 "Prepared"` or `3 -> {0, 1, 2} "Commit"`. */
export function formatMessage(m: StepMessage, name: (id: number) => string = String): string {
  const to = typeof m.to === 'number' ? name(m.to) : `{${m.to.map(name).join(', ')}}`;
  return `${name(m.from)} -> ${to} ${JSON.stringify(m.text)}`;
}

/** Parameters as `rm=3, n=4`, or `no parameters`. */
export function formatParams(params: Readonly<Record<string, number>>): string {
  const list = Object.entries(params).map(([k, v]) => `${k}=${v}`);
  return list.length > 0 ? list.join(', ') : 'no parameters';
}

/** A probability as a short fraction-like decimal: `0.5`, `0.333`. */
export function formatChance(p: number): string {
  return String(Math.round(p * 1000) / 1000);
}
