/**
 * Network partitions as adversary steps. Two shapes:
 *
 * - `splitPartition`: the processes split into two sides and no message
 *   crosses between them until the split heals;
 * - `linkPartition`: individual directed links are cut and restored.
 *
 * A partition only blocks: a model consults `blocks(s, from, to)` in its
 * delivery guards, so messages across a partition wait in the network until
 * it heals (a model that wants them lost adds a loss step). Each split or cut
 * spends a budget, so a run has finitely many.
 */
import {
  t, type ActionSpec, type BoolType, type Fields, type IntType, type RecordType, type SetDraft,
  type SetState, type SetType,
} from '../model/index.ts';
import { fieldReader, type Has } from './internal/field.ts';
import { ids, subsetsOf } from './internal/subsets.ts';

/** The state of a two-way split: whether it is in force, one side, splits spent. */
export type SplitType = RecordType<{
  readonly on: BoolType;
  readonly side: SetType;
  readonly used: IntType;
}>;

/** The read-only view of a split field. */
export interface SplitState {
  readonly on: boolean;
  readonly side: SetState;
  readonly used: number;
}

interface SplitDraft {
  on: boolean;
  readonly side: SetDraft;
  used: number;
}

/** A two-way split partition field and its steps. Build with `splitPartition`. */
export interface SplitPartition<K extends string> {
  readonly field: K;
  readonly n: number;
  /** The most splits in one run. */
  readonly budget: number;
  readonly type: SplitType;
  /** No partition, none spent. */
  readonly init: { readonly on: false; readonly side: readonly number[]; readonly used: 0 };
  /** Whether a message from `from` to `to` is blocked in `s`. */
  blocks(s: Has<K, SplitState>, from: number, to: number): boolean;
  /**
   * A fault step: the processes split into `side` and the rest. Sides are
   * listed once each: `side` always holds process 0 and misses someone.
   */
  split<F extends Fields>(): ActionSpec<F, readonly number[]>;
  /** A fault step: the split heals and every link works again. */
  heal<F extends Fields>(): ActionSpec<F, undefined>;
}

/** Two-way splits of `n >= 2` processes, at most `budget` per run, in field `field`. */
export function splitPartition<const K extends string>(
  field: K, n: number, budget: number,
): SplitPartition<K> {
  const view = fieldReader<SplitState>(field);
  const edit = fieldReader<SplitDraft>(field);
  const sides = subsetsOf(ids(n)).filter((side) => side.includes(0) && side.length < n);
  return {
    field, n, budget,
    type: t.record({ on: t.bool(), side: t.set(n), used: t.int(0, budget) }),
    init: { on: false, side: [], used: 0 },
    blocks: (s, from, to) => {
      const v = view(s);
      return v.on && v.side.has(from) !== v.side.has(to);
    },
    split: () => ({
      over: sides,
      when: (s) => !view(s).on && view(s).used < budget,
      then: (d, side) => {
        const v = edit(d);
        v.on = true;
        v.used = v.used + 1;
        for (const p of side) v.side.add(p);
      },
      kind: 'fault',
      label: (side) => `partition {${side.join(', ')}} | rest`,
    }),
    heal: () => ({
      when: (s) => view(s).on,
      then: (d) => {
        const v = edit(d);
        v.on = false;
        v.side.clear();
      },
      kind: 'fault',
      label: () => 'heal partition',
    }),
  };
}

/** One directed link; `id` is `from * n + to`, its bit in the cut set. */
export interface Link {
  readonly id: number;
  readonly from: number;
  readonly to: number;
}

/** The state of cut links: which are cut, and cuts spent. */
export type LinkCutType = RecordType<{ readonly cut: SetType; readonly used: IntType }>;

/** The read-only view of a link-cut field. */
export interface LinkCutState {
  readonly cut: SetState;
  readonly used: number;
}

interface LinkCutDraft {
  readonly cut: SetDraft;
  used: number;
}

/** A set of cut links and its steps. Build with `linkPartition`. */
export interface LinkPartition<K extends string> {
  readonly field: K;
  readonly n: number;
  readonly budget: number;
  /** Every directed link between distinct processes. */
  readonly links: readonly Link[];
  readonly type: LinkCutType;
  readonly init: { readonly cut: readonly number[]; readonly used: 0 };
  /** Whether the link `from`→`to` is cut in `s`. */
  blocks(s: Has<K, LinkCutState>, from: number, to: number): boolean;
  /** A fault step: a working link is cut, spending the budget. */
  cut<F extends Fields>(): ActionSpec<F, Link>;
  /** A fault step: a cut link works again. */
  restore<F extends Fields>(): ActionSpec<F, Link>;
}

/** Directed link cuts among `n` processes, at most `budget` per run, in field `field`. */
export function linkPartition<const K extends string>(
  field: K, n: number, budget: number,
): LinkPartition<K> {
  const view = fieldReader<LinkCutState>(field);
  const edit = fieldReader<LinkCutDraft>(field);
  const links: Link[] = [];
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) if (from !== to) links.push({ id: from * n + to, from, to });
  }
  return {
    field, n, budget, links,
    type: t.record({ cut: t.set(n * n), used: t.int(0, budget) }),
    init: { cut: [], used: 0 },
    blocks: (s, from, to) => view(s).cut.has(from * n + to),
    cut: () => ({
      over: links,
      when: (s, l) => !view(s).cut.has(l.id) && view(s).used < budget,
      then: (d, l) => {
        edit(d).cut.add(l.id);
        edit(d).used = edit(d).used + 1;
      },
      kind: 'fault',
      label: (l) => `cut link p${l.from}->p${l.to}`,
    }),
    restore: () => ({
      over: links,
      when: (s, l) => view(s).cut.has(l.id),
      then: (d, l) => edit(d).cut.delete(l.id),
      kind: 'fault',
      label: (l) => `restore link p${l.from}->p${l.to}`,
    }),
  };
}
