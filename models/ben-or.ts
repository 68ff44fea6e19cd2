/**
 * Ben-Or's randomized binary consensus with crash faults, as in the textbook.
 *
 * n processes, at most f of which crash (n > 2f), run rounds of two phases.
 * Phase 1: a process broadcasts its value x and waits for n - f phase-1
 * messages of its round; it reports "D v" if more than n/2 of them carry v,
 * else "?". Phase 2: it broadcasts the report and waits for n - f reports; on
 * at least f + 1 "D v" it decides v, on at least one it adopts v, otherwise it
 * flips a fair coin. Processes keep participating after deciding.
 *
 * Encoding: the protocol only counts messages, so the network is the bag of
 * messages ever sent, counted by (round, phase, value), and a process that
 * has waited reads n - f of them in the step that acts on them (see
 * `src/env/quorum-reads.ts`): the adversary's delivery order decides only
 * which n - f it reads. That covers every order, message delays, and crashes
 * in the middle of a broadcast (any receiver may miss any message). Up to f
 * processes crash, at any moment, and stop.
 *
 * Bounds: after phase 2 of round `rounds` a process stops ('done'); a state
 * where every running process is done is terminal, not a deadlock.
 *
 * Expected: Agreement, Validity and Integrity hold at n=3, f=1 and n=4, f=1.
 */
import { agreement, integrity, someoneDecides, validity } from '../properties/consensus.ts';
import { defineModel, range, t, type Draft, type State } from '../src/index.ts';
import { bagNetwork, canRead, coinFlip, crashStop, messageSpace, readings, type Reading } from
  '../src/env/index.ts';
import { adoptAt, decideAt, phase1Majority, waitFor } from './thresholds/ben-or.ts';


export { arithmetic } from './thresholds/ben-or.ts';

/** Phase numbers in the message space. */
const PROPOSAL = 0;
const REPORT = 1;
/** Report values: "D 0", "D 1" and "?". */
const UNSURE = 2;

/** The model's sizes, as resolved parameters. */
interface Sizes {
  readonly n: number;
  readonly f: number;
  readonly rounds: number;
}

/** The messages, the log of messages sent and the crash budget, for given sizes. */
function environment({ n, f, rounds }: Sizes) {
  if (!(n > 2 * f)) throw new RangeError(`Ben-Or needs n > 2f, got n=${n}, f=${f}`);
  const space = messageSpace({ round: rounds, phase: 2, value: 3 });
  return { space, sent: bagNetwork('sent', space, n), crashes: crashStop('down', n, f) };
}

type Env = ReturnType<typeof environment>;

function fields(sizes: Sizes) {
  const { sent, crashes } = environment(sizes);
  return {
    proc: t.array(sizes.n, t.record({
      input: t.int(0, 1),
      x: t.int(0, 1),
      round: t.int(1, sizes.rounds),
      step: t.enum('phase1', 'phase2', 'done'),
      decided: t.enum('none', '0', '1'),
    })),
    sent: sent.type,
    down: crashes.type,
  };
}

type F = ReturnType<typeof fields>;

/** The phase-1 report after reading `counts`: the value seen more than n/2 times, else "?". */
function report(n: number, counts: readonly number[]): number {
  if (phase1Majority(n, counts[0]!)) return 0;
  if (phase1Majority(n, counts[1]!)) return 1;
  return UNSURE;
}

/** The value adopted after reading `counts` of "D 0", "D 1", "?", or -1 for none. */
function adopted(n: number, f: number, counts: readonly number[]): number {
  const at = Math.max(1, adoptAt(n, f));
  if (counts[1]! >= at) return 1;
  return counts[0]! >= at ? 0 : -1;
}

/** Broadcasts `p`'s message of its current round: one more in the log of messages sent. */
function post(env: Env, d: Draft<F>, p: number, phase: number, value: number): void {
  env.sent.send(d, env.space.idAt(d.proc.get(p).round - 1, phase, value));
}

/**
 * Ends `p`'s round with value `x`: at the bound it stops, otherwise it moves
 * to the next round and broadcasts `x` there.
 */
function endRound(env: Env, rounds: number, d: Draft<F>, p: number, x: number): void {
  const me = d.proc.get(p);
  me.x = x;
  if (me.round === rounds) {
    me.step = 'done';
    return;
  }
  me.round = me.round + 1;
  me.step = 'phase1';
  post(env, d, p, PROPOSAL, x);
}

/** Messages of `phase` with `value` sent in `p`'s current round. */
function sentIn(env: Env, s: State<F>, p: number, phase: number, value: number): number {
  return env.sent.count(s, env.space.idAt(s.proc.get(p).round - 1, phase, value));
}

/** Every process has broadcast its input in round 1 (it may still crash before anyone reads it). */
function initialStates(sizes: Sizes, inputs: number) {
  const masks = inputs >= 0 ? [inputs] : range(1 << sizes.n);
  const { space, sent } = environment(sizes);
  return masks.map((mask) => {
    const input = range(sizes.n).map((p) => (mask >>> p) & 1);
    const ones = input.filter((v) => v === 1).length;
    const log = [...sent.init];
    log[space.id({ round: 0, phase: PROPOSAL, value: 0 })] = sizes.n - ones;
    log[space.id({ round: 0, phase: PROPOSAL, value: 1 })] = ones;
    return {
      proc: input.map((v) => ({
        input: v, x: v, round: 1, step: 'phase1' as const, decided: 'none' as const,
      })),
      sent: log,
      down: [],
    };
  });
}

/** A process and the round it acts in. */
interface Turn {
  readonly p: number;
  readonly round: number;
}

function who(c: Turn): string {
  return `p${c.p} (round ${c.round})`;
}

/** "p1 (round 2) reads 2×0, 1×1": who read how many of each value (`names[v]`). */
function label(names: readonly string[], r: Reading<Turn>): string {
  return `${who(r.of)} reads ${r.counts.map((c, v) => `${c}×${names[v]}`).join(', ')}`;
}

export default defineModel({
  name: 'ben-or',
  doc: "Ben-Or's randomized binary consensus with crash faults (textbook)",
  params: {
    n: { default: 3, min: 1, max: 8, doc: 'processes' },
    f: { default: 1, min: 0, doc: 'crashes tolerated and allowed (n > 2f)' },
    rounds: { default: 2, min: 1, max: 6, doc: 'rounds before processes stop' },
    inputs: { default: -1, min: -1, doc: 'initial values as a bitmask (bit p is the input '
      + 'of process p); -1: every combination, one initial state each' },
    symmetry: { default: 0, min: 0, max: 1, doc: '1: explore one state per renaming of the '
      + 'processes' },
  },

  // Processes are interchangeable: ids only index `proc` and name members of `down`.
  symmetry: ({ n, symmetry }) =>
    symmetry === 1 ? { processes: n, arrays: ['proc'], sets: ['down'] } : undefined,

  state: fields,
  processes: ({ n }) => range(n).map((p) => `p${p}`),
  init: (sizes) => initialStates(sizes, sizes.inputs),

  actions: (sizes, action) => {
    const { n, f, rounds } = sizes;
    const env = environment(sizes);
    /** `p` acting in round `round`: the choices of every step, so labels can name the round. */
    const turns = range(n).flatMap((p) => range(rounds).map((r) => ({ p, round: r + 1 })));
    const at = (s: State<F>, c: Turn, step: string) => s.proc.get(c.p).round === c.round
      && s.proc.get(c.p).step === step && env.crashes.isUp(s, c.p);
    const proposals = (s: State<F>, c: Turn, v: number) => sentIn(env, s, c.p, PROPOSAL, v);
    const reports = (s: State<F>, c: Turn, v: number) => sentIn(env, s, c.p, REPORT, v);
    const wait = waitFor(n, f);
    const noDecision = Math.max(1, adoptAt(n, f)) - 1;

    return [
      action('Report', {
        over: readings(turns, 2, wait),
        when: (s, r) => at(s, r.of, 'phase1') && canRead(s, r, proposals),
        then: (d, r) => {
          post(env, d, r.of.p, REPORT, report(n, r.counts));
          d.proc.get(r.of.p).step = 'phase2';
        },
        label: (r) => `${label(['0', '1'], r)} and broadcasts its report`,
        actor: (r) => r.of.p,
      }),
      action('Conclude', {
        over: readings(turns, 3, wait).filter((r) => adopted(n, f, r.counts) >= 0),
        when: (s, r) => at(s, r.of, 'phase2') && canRead(s, r, reports),
        then: (d, r) => {
          const v = adopted(n, f, r.counts);
          const me = d.proc.get(r.of.p);
          if (r.counts[v]! >= decideAt(n, f) && me.decided === 'none') me.decided = v ? '1' : '0';
          endRound(env, rounds, d, r.of.p, v);
        },
        label: (r) => `${label(['"D 0"', '"D 1"', '"?"'], r)} and adopts or decides`,
        actor: (r) => r.of.p,
      }),
      action('Coin', coinFlip({
        over: turns,
        // Some n - f reports hold fewer than adoptAt of each "D v".
        when: (s, c) => at(s, c, 'phase2') && reports(s, c, UNSURE)
          + Math.min(reports(s, c, 0), noDecision) + Math.min(reports(s, c, 1), noDecision) >= wait,
        then: (d, c, side) => endRound(env, rounds, d, c.p, side),
        label: (c, side) => `${who(c)} reads no "D v" and flips ${side}`,
        actor: (c) => c.p,
      })),
      // A process that is done has nothing left to do: crashing it changes nothing.
      action('Crash', env.crashes.step({ when: (s, p) => s.proc.get(p).step !== 'done' })),
    ];
  },

  invariants: { Agreement: agreement, Validity: validity },
  stepProperties: { Integrity: integrity },
  reachable: { someoneDecides },

  terminal: (s) => s.proc.every((p, i) => p.step === 'done' || s.down.has(i)),
});
