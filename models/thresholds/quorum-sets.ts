/**
 * Explicit quorum systems over a few replicas, with sets of replicas written
 * as bitmasks (replica i is in set s when bit i is set). The predicates are
 * plain arithmetic on the mask, so the explorer can call them and the prover
 * can translate them: membership is `Math.floor(s / 2 ** i) % 2 === 1`.
 *
 * Three systems: weighted voting over 5 replicas, a 2 x 3 grid, and a list of
 * adjacent pairs on a ring of 4 (which looks plausible and does not intersect).
 */

/** Whether replica `i` is in the set `s`. */
export function member(s: number, i: number): boolean {
  return Math.floor(s / 2 ** i) % 2 === 1;
}

/** How many of replicas 0..nodes-1 are in `s`. */
export function size(s: number, nodes: number): number {
  let count = 0;
  for (let i = 0; i < nodes; i++) count += member(s, i) ? 1 : 0;
  return count;
}

/** Whether two sets of replicas 0..nodes-1 share a replica. */
export function intersects(a: number, b: number, nodes: number): boolean {
  let shared = false;
  for (let i = 0; i < nodes; i++) shared = shared || (member(a, i) && member(b, i));
  return shared;
}

/** The set of all replicas 0..nodes-1. */
export function everyone(nodes: number): number {
  return 2 ** nodes - 1;
}

/** Replicas in the weighted-voting system. */
export const WEIGHTED_NODES = 5;

/** Votes of replica `i` in the weighted system: 3, 2, 2, 1, 1 (9 in all). */
export function weightOf(i: number): number {
  return i === 0 ? 3 : i <= 2 ? 2 : 1;
}

/** Total votes held by the replicas in `s`. */
export function votes(s: number): number {
  let total = 0;
  for (let i = 0; i < WEIGHTED_NODES; i++) total += member(s, i) ? weightOf(i) : 0;
  return total;
}

/** A weighted quorum: at least 5 of the 9 votes, a strict majority. */
export function weightedQuorum(s: number): boolean {
  return votes(s) >= 5;
}

/** Rows and columns of the grid system; replica `r * GRID_COLS + c` sits at (r, c). */
export const GRID_ROWS = 2;
/** Columns of the grid system. */
export const GRID_COLS = 3;
/** Replicas in the grid system. */
export const GRID_NODES = GRID_ROWS * GRID_COLS;

function rowFull(s: number, r: number): boolean {
  let full = true;
  for (let c = 0; c < GRID_COLS; c++) full = full && member(s, r * GRID_COLS + c);
  return full;
}

function rowTouched(s: number, r: number): boolean {
  let touched = false;
  for (let c = 0; c < GRID_COLS; c++) touched = touched || member(s, r * GRID_COLS + c);
  return touched;
}

/** A grid quorum contains a full row and at least one replica of every row. */
export function gridQuorum(s: number): boolean {
  let someRowFull = false;
  let everyRowTouched = true;
  for (let r = 0; r < GRID_ROWS; r++) {
    someRowFull = someRowFull || rowFull(s, r);
    everyRowTouched = everyRowTouched && rowTouched(s, r);
  }
  return someRowFull && everyRowTouched;
}

/** Replicas in the ring system. */
export const RING_NODES = 4;

/** The ring system's quorums: adjacent pairs {0,1}, {1,2}, {2,3}, {3,0}, exactly. */
export function ringQuorum(s: number): boolean {
  return s === 0b0011 || s === 0b0110 || s === 0b1100 || s === 0b1001;
}

/** Renders a set as `{0, 2, 3}`. Not translated: for witnesses. */
export function showSet(s: number, nodes: number): string {
  const members = Array.from({ length: nodes }, (_, i) => i).filter((i) => member(s, i));
  return `{${members.join(', ')}}`;
}

/**
 * The minimal sets of failed replicas after which no quorum survives, by
 * enumeration. Not translated: for witnesses. `hasQuorum(alive)` says whether
 * the live replicas still contain a quorum.
 */
export function minimalBlockingSets(
  nodes: number, hasQuorum: (alive: number) => boolean,
): number[] {
  const all = everyone(nodes);
  const blocking: number[] = [];
  const bySize = Array.from({ length: all + 1 }, (_, s) => s)
    .sort((a, b) => size(a, nodes) - size(b, nodes) || a - b);
  for (const failed of bySize) {
    const coversSmaller = blocking.some((b) => (b & failed) === b);
    if (!coversSmaller && !hasQuorum(all - failed)) blocking.push(failed);
  }
  return blocking;
}
