/**
 * BASELINE ONLY — faultline never uses this file. A breadth-first search
 * hand-written for two-phase commit over packed integers, so `npm run bench`
 * can report faultline's time as a ratio to the fastest plain code for the
 * same state graph, measured in the same run on the same machine.
 *
 * Packing: word 0 holds rmState (2 bits per RM, up to 16 RMs); word 1 holds
 * tmState (bits 0-1), commit (bit 2), abort (bit 3), tmPrepared (bits 4..),
 * and the Prepared messages (bits 4+rm..). It must count exactly what the
 * model counts (TLC's figures), which the benchmark checks.
 */
const WORKING = 0;
const PREPARED = 1;
const COMMITTED = 2;
const ABORTED = 3;

/** Distinct and generated counts of the reference search. */
export interface ReferenceResult {
  readonly distinct: number;
  readonly generated: number;
}

/** Explores two-phase commit with `rm` resource managers (at most 12). */
export function referenceTwoPhase(rm: number): ReferenceResult {
  if (rm > 12) throw new RangeError('the reference packs at most 12 RMs into one word');
  let cap = 1 << 16;
  let table = new Uint32Array(cap * 2);
  let size = 0;
  const insert = (a: number, b: number): boolean => {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & (cap - 1);
    for (;;) {
      const x = table[2 * i]!;
      const y = table[2 * i + 1]!;
      if (x === 0 && y === 0) break;
      if (x === a && y === b) return false;
      i = (i + 1) & (cap - 1);
    }
    table[2 * i] = a;
    table[2 * i + 1] = b;
    if (++size * 4 > cap * 3) grow();
    return true;
  };
  const grow = (): void => {
    const old = table;
    cap *= 2;
    table = new Uint32Array(cap * 2);
    size = 0;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) insert(old[i]!, old[i + 1]!);
    }
  };

  // Word 1 is never 0 in a reachable state only if we offset it: keep bit 31 set.
  const TAG = 0x80000000;
  const all = (1 << rm) - 1;
  let queue = new Uint32Array(1 << 16);
  let head = 0;
  let tail = 0;
  let generated = 0;
  const push = (a: number, b: number): void => {
    generated++;
    if (!insert(a, b >>> 0)) return;
    if (tail + 2 > queue.length) {
      const q = new Uint32Array(queue.length * 2);
      q.set(queue.subarray(head, tail));
      tail -= head;
      head = 0;
      queue = q;
    }
    queue[tail++] = a;
    queue[tail++] = b;
  };

  push(0, TAG);
  while (head < tail) {
    const a = queue[head++]!;
    const b = queue[head++]!;
    const tm = b & 3;
    const commit = (b >>> 2) & 1;
    const abort = (b >>> 3) & 1;
    const tmPrepared = (b >>> 4) & all;
    const msgPrepared = (b >>> (4 + rm)) & all;
    if (tm === 0 && tmPrepared === all) push(a, (b & ~3) | 1 | 4);
    if (tm === 0) push(a, (b & ~3) | 2 | 8);
    for (let r = 0; r < rm; r++) {
      const st = (a >>> (2 * r)) & 3;
      const clear = a & ~(3 << (2 * r));
      if (tm === 0 && ((msgPrepared >>> r) & 1) === 1) push(a, b | (1 << (4 + r)));
      if (st === WORKING) push(clear | (PREPARED << (2 * r)), b | (1 << (4 + rm + r)));
      if (st === WORKING) push(clear | (ABORTED << (2 * r)), b);
      if (commit) push(clear | (COMMITTED << (2 * r)), b);
      if (abort) push(clear | (ABORTED << (2 * r)), b);
    }
  }
  return { distinct: size, generated };
}
