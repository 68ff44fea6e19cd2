/**
 * The source document's Ben-Or (`BenOrRandomizedConsensus`), modelled as its
 * code is written, flaws included:
 *
 * - f = (n - 1) // 2; a process waits for n - f proposals, then for n - f
 *   votes, but never receives its own messages, so it hears at most n - 1;
 * - phase 1 ("majority"): a value that at least n - f of the proposals read
 *   carry is voted; with none, the process votes its own current value (never "?");
 * - phase 2: a value with at least (2n + f) // 3 of the votes read is decided,
 *   and the process stops for good (no more rounds, no more messages);
 *   otherwise it sets its value to a coin and starts the next round at once;
 * - the coin is `random.seed(round + pid); random.choice([True, False])`: a
 *   fixed function c(k) of k = round + pid, not a fresh draw. Its table is not
 *   modelled from Python's generator; with `coins = -1` (the default) each
 *   entry c(k) is chosen when first used, probability 1/2 each way, and kept,
 *   which explores every table, the worst case included. `coins >= 0` fixes
 *   the table instead: bit k - 1 of `coins` is c(k) (1 = True = value 1);
 *   CPython 3.11 gives c(1..7) = 1, 1, 1, 1, 0, 1, 0, that is `coins = 47`
 *   (the generator behind `random.choice` may differ between Python versions).
 *
 * Messages: the document drops messages of rounds a process has not reached
 * (`if msg.round_num not in self.messages: return`) and never reads messages
 * of rounds it has left; it only counts the messages of its current round
 * when it acts. So the network is the log of messages sent, counted by
 * (round, phase, value), and each acting step reads any choice of the
 * messages of its round sent so far by others (`src/env/quorum-reads.ts`):
 * a message dropped because it came early, delayed, or never sent by a
 * sender that crashed mid-broadcast is one the reader leaves out. Up to f
 * processes crash (`crashes`, default the document's f).
 *
 * Bounds: after the coin of round `rounds` a process stops ('done'). States
 * where every running process has decided or is done are terminal; any other
 * state without a step is a real deadlock of the document's protocol.
 */
import { agreement, integrity, someoneDecides, validity } from '../properties/consensus.ts';
import { defineModel, range, t, type Draft, type State } from '../src/index.ts';
import { bagNetwork, canRead, coinFlip, crashStop, messageSpace, readings } from
  '../src/env/index.ts';
import { decideAt, failureThreshold, phase1Majority, waitFor } from
  './thresholds/ben-or-document.ts';


export { arithmetic } from './thresholds/ben-or-document.ts';

const PROPOSE = 0;
const VOTE = 1;

/** The model's sizes, as resolved parameters. */
interface Sizes {
  readonly n: number;
  readonly rounds: number;
  readonly crashes: number;
}

/** The document's f, and the crash budget: `crashes`, or f when it is -1. */
function faults({ n, crashes }: Sizes): { f: number; budget: number } {
  const f = failureThreshold(n);
  return { f, budget: crashes < 0 ? f : Math.min(crashes, n) };
}

function environment(sizes: Sizes) {
  const space = messageSpace({ round: sizes.rounds, phase: 2, value: 2 });
  return {
    space,
    sent: bagNetwork('sent', space, sizes.n),
    crashes: crashStop('down', sizes.n, faults(sizes).budget),
  };
}

type Env = ReturnType<typeof environment>;

function fields(sizes: Sizes) {
  const { n, rounds } = sizes;
  const { sent, crashes } = environment(sizes);
  return {
    proc: t.array(n, t.record({
      input: t.int(0, 1),
      /** `current_value`. */
      x: t.int(0, 1),
      /** `round_num`. */
      round: t.int(1, rounds),
      /** 'propose': proposed, waiting for proposals; 'vote': voted, waiting for votes. */
      step: t.enum('propose', 'vote', 'decided', 'done'),
      /** The vote sent this round (0 while not in 'vote'). */
      vote: t.int(0, 1),
      decided: t.enum('none', '0', '1'),
    })),
    sent: sent.type,
    /** c(k) for k = round + pid, at index k - 1: unknown until first used. */
    coin: t.array(rounds + n - 1, t.enum('unknown', '0', '1')),
    down: crashes.type,
  };
}

type F = ReturnType<typeof fields>;

/** A process and the round it acts in. */
interface Turn {
  readonly p: number;
  readonly round: number;
}

function who(c: Turn): string {
  return `p${c.p} (round ${c.round})`;
}

function tally(counts: readonly number[]): string {
  return `${counts[0]}×0, ${counts[1]}×1`;
}

/** How many messages of `phase` with `value` others sent in `p`'s round. */
function fromOthers(env: Env, s: State<F>, p: number, phase: number, value: number): number {
  const me = s.proc.get(p);
  const all = env.sent.count(s, env.space.idAt(me.round - 1, phase, value));
  const mine = phase === PROPOSE ? me.x : me.vote;
  return all - (mine === value ? 1 : 0);
}

/** Sends `p`'s message of its current round: one more in the log. */
function post(env: Env, d: Draft<F>, p: number, phase: number, value: number): void {
  env.sent.send(d, env.space.idAt(d.proc.get(p).round - 1, phase, value));
}

/** After the coin: the value is `side`; stop at the bound, else start the next round. */
function nextRound(env: Env, rounds: number, d: Draft<F>, p: number, side: number): void {
  const me = d.proc.get(p);
  me.x = side;
  me.vote = 0;
  if (me.round === rounds) {
    me.step = 'done';
    return;
  }
  me.round = me.round + 1;
  me.step = 'propose';
  post(env, d, p, PROPOSE, side);
}

/**
 * Every process has called `start_round()` for round 1: its proposal is in
 * the log (a process that crashes first is one whose proposal nobody reads).
 */
function initialStates(sizes: Sizes, inputs: number, coins: number) {
  const { n, rounds } = sizes;
  const { space, sent } = environment(sizes);
  const masks = inputs >= 0 ? [inputs] : range(1 << n);
  const table = range(rounds + n - 1).map((i) =>
    coins < 0 ? 'unknown' as const : (coins >>> i) & 1 ? '1' as const : '0' as const);
  return masks.map((mask) => {
    const input = range(n).map((p) => (mask >>> p) & 1);
    const log = [...sent.init];
    for (const v of input) log[space.id({ round: 0, phase: PROPOSE, value: v })]! += 1;
    return {
      proc: input.map((v) => ({
        input: v, x: v, round: 1, step: 'propose' as const, vote: 0, decided: 'none' as const,
      })),
      sent: log,
      coin: table,
      down: [],
    };
  });
}

export default defineModel({
  name: 'ben-or-document',
  doc: "The source document's BenOrRandomizedConsensus, as written",
  params: {
    n: { default: 5, min: 1, max: 8, doc: 'processes' },
    rounds: { default: 2, min: 1, max: 6, doc: 'rounds before processes stop' },
    crashes: { default: -1, min: -1, doc: 'crash budget; -1: the document\'s f = (n - 1) // 2' },
    inputs: { default: -1, min: -1, doc: 'initial values as a bitmask (bit p is the input '
      + 'of process p); -1: every combination, one initial state each' },
    coins: { default: -1, min: -1, doc: 'the coin table c(round + pid) as a bitmask (bit k - 1 '
      + 'is c(k)); -1: every table, each entry chosen when first used' },
  },

  state: fields,
  processes: ({ n }) => range(n).map((p) => `p${p}`),
  init: (p) => initialStates(p, p.inputs, p.coins),

  actions: (sizes, action) => {
    const { n, rounds } = sizes;
    const { f } = faults(sizes);
    const env = environment(sizes);
    const everyone = range(n);
    const wait = waitFor(n, f);
    const decideBar = decideAt(n, f);
    const at = (s: State<F>, p: number, step: string) =>
      s.proc.get(p).step === step && env.crashes.isUp(s, p);
    const proposals = (s: State<F>, c: Turn, v: number) => fromOthers(env, s, c.p, PROPOSE, v);
    const votes = (s: State<F>, c: Turn, v: number) => fromOthers(env, s, c.p, VOTE, v);
    /** Some n - f to n - 1 votes can be read in which no value reaches the decision bar. */
    const undecided = (s: State<F>, c: Turn) => now(s, c, 'vote')
      && Math.min(votes(s, c, 0), decideBar - 1) + Math.min(votes(s, c, 1), decideBar - 1) >= wait;
    /** `p` acting in round `round`: the choices of every step, so labels can name the round. */
    const turns = everyone.flatMap((p) => range(rounds).map((r) => ({ p, round: r + 1 })));
    const now = (s: State<F>, c: Turn, step: string) =>
      s.proc.get(c.p).round === c.round && at(s, c.p, step);
    const coinOf = (s: State<F>, c: Turn) => s.coin.get(c.round + c.p - 1);
    /** The vote after reading `counts` proposals: a value with n - f of them, else its own. */
    const voteFor = (x: number, counts: readonly number[]) => {
      const majority = counts.findIndex((c) => phase1Majority(n, f, c));
      return majority >= 0 ? majority : x;
    };

    return [
      action('Vote', {
        over: readings(turns, 2, wait, n - 1),
        when: (s, r) => now(s, r.of, 'propose') && canRead(s, r, proposals),
        then: (d, r) => {
          const me = d.proc.get(r.of.p);
          me.vote = voteFor(me.x, r.counts);
          me.step = 'vote';
          post(env, d, r.of.p, VOTE, me.vote);
        },
        label: (r) => `${who(r.of)} reads proposals ${tally(r.counts)} and votes`,
        actor: (r) => r.of.p,
        message: (r, s) => ({
          from: r.of.p, to: everyone.filter((q) => q !== r.of.p),
          text: `vote ${voteFor(s.proc.get(r.of.p).x, r.counts)}`,
        }),
      }),
      action('Decide', {
        over: readings(turns, 2, wait, n - 1).filter((r) => r.counts.some((c) => c >= decideBar)),
        when: (s, r) => now(s, r.of, 'vote') && canRead(s, r, votes),
        then: (d, r) => {
          const me = d.proc.get(r.of.p);
          me.decided = r.counts[0]! >= decideBar ? '0' : '1';
          me.step = 'decided';
          me.vote = 0;
        },
        label: (r) => `${who(r.of)} reads votes ${tally(r.counts)} and decides`,
        actor: (r) => r.of.p,
      }),
      action('CoinFirstUse', coinFlip({
        over: turns,
        when: (s, c) => undecided(s, c) && coinOf(s, c) === 'unknown',
        then: (d, c, side) => {
          d.coin.set(c.round + c.p - 1, side ? '1' : '0');
          nextRound(env, rounds, d, c.p, side);
        },
        label: (c, side) => `${who(c)} reads no ${decideBar} equal votes; c(${c.round + c.p}) `
          + `is drawn: ${side}`,
        actor: (c) => c.p,
      })),
      action('CoinReused', {
        over: turns,
        when: (s, c) => undecided(s, c) && coinOf(s, c) !== 'unknown',
        then: (d, c) => nextRound(env, rounds, d, c.p, coinOf(d, c) === '1' ? 1 : 0),
        label: (c) => `${who(c)} reads no ${decideBar} equal votes; c(${c.round + c.p}) is fixed`,
        actor: (c) => c.p,
      }),
      // A process that decided or is done takes no more steps: crashing it changes nothing.
      action('Crash', env.crashes.step({
        when: (s, p) => s.proc.get(p).step === 'propose' || s.proc.get(p).step === 'vote',
      })),
    ];
  },

  invariants: { Agreement: agreement, Validity: validity },
  stepProperties: { Integrity: integrity },
  reachable: { someoneDecides },

  terminal: (s) => s.proc.every((p, i) =>
    p.step === 'decided' || p.step === 'done' || s.down.has(i)),
});
