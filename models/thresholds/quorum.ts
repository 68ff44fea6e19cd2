/**
 * Quorum arithmetic for replicated storage: N replicas, reads contact R of
 * them, writes W, and up to F may be down. Majority quorums as the textbook
 * default; the general rules (read/write and write/write intersection,
 * availability, Flexible Paxos); explicit systems over a few replicas (see
 * quorum-sets.ts); and the source document's choices: its three demo
 * configurations and its validation, which only checks R + W > N.
 */
import { defineArithmetic, implies } from '../../src/model/arithmetic.ts';
import {
  GRID_NODES, RING_NODES, WEIGHTED_NODES, everyone, gridQuorum, intersects,
  minimalBlockingSets, ringQuorum, showSet, size, weightedQuorum,
} from './quorum-sets.ts';

/** The smallest strict majority of n. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** Replicas a read contacts by default: a majority. */
export function readQuorum(n: number): number {
  return majority(n);
}

/** Replicas a write must reach by default: a majority. */
export function writeQuorum(n: number): number {
  return majority(n);
}

/** The most replicas that may be down while majorities remain: (n - 1) // 2. */
export function maxCrashes(n: number): number {
  return Math.floor((n - 1) / 2);
}

/** The fewest replicas an a-set and a b-set out of n must share. */
export function minOverlap(n: number, a: number, b: number): number {
  return Math.max(0, a + b - n);
}

/** The read/write rule: every read quorum meets every write quorum. */
export function readsSeeWrites(n: number, r: number, w: number): boolean {
  return r + w > n;
}

/** The write/write rule: any two write quorums meet, so writes are ordered. */
export function writesOrdered(n: number, w: number): boolean {
  return 2 * w > n;
}

/** Whether reads and writes still complete with f replicas down. */
export function availableUnder(n: number, r: number, w: number, f: number): boolean {
  return r <= n - f && w <= n - f;
}

/** Whether quorum sizes make sense at all: between 1 and n. */
export function validSizes(n: number, r: number, w: number): boolean {
  return r >= 1 && r <= n && w >= 1 && w <= n;
}

/** The document's whole validation of a configuration (`QuorumConfiguration`). */
export function documentAccepts(n: number, r: number, w: number): boolean {
  return r + w > n;
}

/** Flexible Paxos: every phase-1 quorum (size q1) meets every phase-2 quorum (size q2). */
export function phasesIntersect(n: number, q1: number, q2: number): boolean {
  return q1 + q2 > n;
}

/** The document's demo configurations, by index: 0 strong, 1 balanced, 2 read-optimised. */
export function demoReplicas(c: number): number {
  return 5;
}

/** Read quorum of demo configuration `c`: 3, 2, 1. */
export function demoRead(c: number): number {
  return c === 0 ? 3 : c === 1 ? 2 : 1;
}

/** Write quorum of demo configuration `c`: 3, 3, 4. */
export function demoWrite(c: number): number {
  return c === 2 ? 4 : 3;
}

const demoNames = ['strong_consistency', 'balanced', 'read_optimized'];
const mask = (nodes: number) => ({ min: 0, max: 2 ** nodes - 1, doc: 'a set of replicas' });
const pairOfSizes = {
  q1: { min: 1, doc: 'phase-1 quorum size' },
  q2: { min: 1, doc: 'phase-2 quorum size' },
};

function blockingWitness(nodes: number, hasQuorum: (alive: number) => boolean) {
  return ({ S = 0 }: Readonly<Record<string, number>>) => `failing `
    + `${showSet(everyone(nodes) - S, nodes)} leaves ${showSet(S, nodes)}, `
    + `no quorum; the minimal such failure sets are `
    + minimalBlockingSets(nodes, hasQuorum).map((s) => showSet(s, nodes)).join(' ');
}

/** Quorum lemmas: the general rules, explicit systems, and the document's choices. */
export const arithmetic = defineArithmetic({
  name: 'quorum',
  sizes: {
    N: { min: 1, doc: 'replicas' },
    R: { min: 0, doc: 'read quorum size' },
    W: { min: 0, doc: 'write quorum size' },
    F: { min: 0, doc: 'replicas down' },
  },
  lemmas: {
    'majority-read-write-intersect': {
      doc: 'Majority reads and writes always share a replica.',
      claim: (N) => minOverlap(N, readQuorum(N), writeQuorum(N)) >= 1,
    },
    'majority-write-write-intersect': {
      doc: 'Two majority writes always share a replica.',
      claim: (N) => writesOrdered(N, writeQuorum(N)),
    },
    'majority-available-under-minority-crashes': {
      doc: 'Majorities stay available with up to (N - 1) // 2 replicas down.',
      claim: (N) => availableUnder(N, readQuorum(N), writeQuorum(N), maxCrashes(N)),
    },
    'read-write-rule-is-sound': {
      doc: 'R + W > N makes every read quorum meet every write quorum.',
      where: (N, R, W) => validSizes(N, R, W),
      claim: (N, R, W) => implies(readsSeeWrites(N, R, W), minOverlap(N, R, W) >= 1),
    },
    'write-write-intersect-iff-2w-gt-n': {
      doc: 'Two write quorums must meet exactly when 2W > N; it is needed whenever concurrent '
        + 'writes must be ordered.',
      where: (N, W) => W >= 1 && W <= N,
      claim: (N, W) => (minOverlap(N, W, W) >= 1) === writesOrdered(N, W),
    },
    'consistent-and-available-needs-majority-up': {
      doc: 'Intersecting quorums that survive F failures need N > 2F.',
      where: (N, R, W) => validSizes(N, R, W),
      claim: (N, R, W, F) => implies(readsSeeWrites(N, R, W) && availableUnder(N, R, W, F),
        N > 2 * F),
    },
    'flexible-paxos-intersection': {
      doc: 'Flexible Paxos: q1 + q2 > N makes every phase-1 quorum meet every phase-2 quorum.',
      vars: pairOfSizes,
      where: (N, q1, q2) => q1 <= N && q2 <= N,
      claim: (N, q1, q2) => implies(phasesIntersect(N, q1, q2), minOverlap(N, q1, q2) >= 1),
    },
    'flexible-paxos-phase2-may-be-disjoint': {
      doc: 'Flexible Paxos does not need phase-2 quorums to meet each other.',
      expect: 'refuted',
      vars: pairOfSizes,
      where: (N, q1, q2) => q1 <= N && q2 <= N && phasesIntersect(N, q1, q2),
      claim: (N, q2) => writesOrdered(N, q2),
      witness: ({ N = 0, q2 = 0 }) => `N=${N}: phase-2 quorums of ${q2} can be disjoint `
        + `(${showSet(2 ** q2 - 1, N)} and ${showSet(everyone(N) - (2 ** (N - q2) - 1), N)})`,
    },
    'weighted-quorums-intersect': {
      doc: 'Weighted voting (3, 2, 2, 1, 1 votes; quorum 5 of 9): any two quorums meet.',
      vars: { A: mask(WEIGHTED_NODES), B: mask(WEIGHTED_NODES) },
      where: (A, B) => weightedQuorum(A) && weightedQuorum(B),
      claim: (A, B) => intersects(A, B, WEIGHTED_NODES),
    },
    'weighted-survives-two-failures': {
      doc: 'Weighted voting keeps a quorum with any two replicas down.',
      expect: 'refuted',
      vars: { S: mask(WEIGHTED_NODES) },
      where: (S) => size(S, WEIGHTED_NODES) >= WEIGHTED_NODES - 2,
      claim: (S) => weightedQuorum(S),
      witness: blockingWitness(WEIGHTED_NODES, weightedQuorum),
    },
    'grid-quorums-intersect': {
      doc: 'Grid (2 x 3; a full row plus one replica per row): any two quorums meet.',
      vars: { A: mask(GRID_NODES), B: mask(GRID_NODES) },
      where: (A, B) => gridQuorum(A) && gridQuorum(B),
      claim: (A, B) => intersects(A, B, GRID_NODES),
    },
    'grid-survives-one-failure': {
      doc: 'The grid keeps a quorum with any one replica down.',
      vars: { S: mask(GRID_NODES) },
      where: (S) => size(S, GRID_NODES) >= GRID_NODES - 1,
      claim: (S) => gridQuorum(S),
    },
    'grid-survives-two-failures': {
      doc: 'The grid keeps a quorum with any two replicas down.',
      expect: 'refuted',
      vars: { S: mask(GRID_NODES) },
      where: (S) => size(S, GRID_NODES) >= GRID_NODES - 2,
      claim: (S) => gridQuorum(S),
      witness: blockingWitness(GRID_NODES, gridQuorum),
    },
    'ring-pairs-intersect': {
      doc: 'Adjacent pairs on a ring of 4 as quorums: any two meet.',
      expect: 'refuted',
      vars: { A: mask(RING_NODES), B: mask(RING_NODES) },
      where: (A, B) => ringQuorum(A) && ringQuorum(B),
      claim: (A, B) => intersects(A, B, RING_NODES),
      witness: ({ A = 0, B = 0 }) => `quorums ${showSet(A, RING_NODES)} and `
        + `${showSet(B, RING_NODES)} share no replica`,
    },
    'document-demo-reads-see-writes': {
      doc: "The document's three demo configurations (N=5: R3 W3, R2 W3, R1 W4) make every "
        + 'read quorum meet every write quorum, as its own validation demands.',
      expect: 'refuted',
      vars: { c: { min: 0, max: 2, doc: 'demo configuration index' } },
      claim: (c) => readsSeeWrites(demoReplicas(c), demoRead(c), demoWrite(c)),
      witness: ({ c = 0 }) => `${demoNames[c]} (R=${demoRead(c)}, W=${demoWrite(c)}): `
        + `R + W = ${demoRead(c) + demoWrite(c)} is not above N = 5, so a read of `
        + `${showSet(0b00011, 5)} misses a write to ${showSet(0b11100, 5)}; the document's own `
        + 'validation rejects this configuration, so its demo raises ValueError',
    },
    'document-demo-writes-ordered': {
      doc: "Every demo configuration's write quorums meet each other (2W > N).",
      vars: { c: { min: 0, max: 2, doc: 'demo configuration index' } },
      claim: (c) => writesOrdered(demoReplicas(c), demoWrite(c)),
    },
    'document-demo-survives-two-down': {
      doc: "The demo's partition (2 of 5 replicas unreachable) leaves every demo "
        + 'configuration able to read and write.',
      expect: 'refuted',
      vars: { c: { min: 0, max: 2, doc: 'demo configuration index' } },
      claim: (c) => availableUnder(demoReplicas(c), demoRead(c), demoWrite(c), 2),
      witness: ({ c = 0 }) => `${demoNames[c]} (R=${demoRead(c)}, W=${demoWrite(c)}): with `
        + `${showSet(0b11000, 5)} down, 3 replicas remain and a write needs ${demoWrite(c)}`,
    },
    'document-validation-checks-sizes': {
      doc: 'A configuration the document accepts has quorum sizes between 1 and N.',
      expect: 'refuted',
      claim: (N, R, W) => implies(documentAccepts(N, R, W), validSizes(N, R, W)),
      witness: ({ N = 0, R = 0, W = 0 }) => `N=${N}, R=${R}, W=${W} is accepted (R + W > N), `
        + `yet a read contacts ${R} replicas and a write needs ${W} of ${N}`,
    },
    'document-validation-orders-writes': {
      doc: 'A configuration the document accepts makes any two write quorums meet.',
      expect: 'refuted',
      where: (N, R, W) => validSizes(N, R, W),
      claim: (N, R, W) => implies(documentAccepts(N, R, W), writesOrdered(N, W)),
      witness: ({ N = 0, R = 0, W = 0 }) => `N=${N}, R=${R}, W=${W} is accepted, yet write `
        + `quorums ${showSet(2 ** W - 1, N)} and ${showSet(everyone(N) - (2 ** (N - W) - 1), N)} `
        + 'are disjoint: two concurrent writes succeed without seeing each other',
    },
    'document-validation-ensures-availability': {
      doc: 'A configuration the document accepts stays available with a minority of replicas '
        + 'down.',
      expect: 'refuted',
      where: (N, R, W, F) => validSizes(N, R, W) && F <= maxCrashes(N),
      claim: (N, R, W, F) => implies(documentAccepts(N, R, W), availableUnder(N, R, W, F)),
      witness: ({ N = 0, R = 0, W = 0, F = 0 }) => `N=${N}, R=${R}, W=${W} is accepted, yet `
        + `with ${showSet(everyone(N) - (2 ** (N - F) - 1), N)} down only ${N - F} replicas `
        + `remain: ${R > N - F ? 'reads' : 'writes'} block`,
    },
  },
});
