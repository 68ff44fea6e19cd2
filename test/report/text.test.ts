/** The terminal report, compared line for line on real runs. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/index.ts';
import twoPhase from '../../models/two-phase-commit.ts';
import lostMessage from '../fixtures/violated-lost-message.ts';
import { reportFor } from './make-report.ts';

describe('renderText', () => {
  it('renders a violation with coverage, the trace and the replay line', () => {
    const report = reportFor(lostMessage, 'lost.ts');
    expect(renderText(report)).toBe([
      'lost-message (no parameters): lost.ts',
      "VIOLATED: invariant 'NoLoss' is false in a reachable state",
      '  4 distinct states, 4 generated, depth 2, 0.50 s, bfs',
      '  checked: invariant NoLoss, deadlock',
      'Coverage (times each action fired):',
      '  Send     1',
      '  Receive  1',
      '  Lose     1',
      '',
      'Shortest trace (2 steps):',
      '  0. initial state',
      '       sent = false',
      '       inFlight = {}',
      '       received = false',
      '  1. Send  actor 0  message 0 -> 1 "data"',
      '       sent: false -> true',
      '       inFlight: {} -> {1}',
      '  2. [fault]  Lose',
      '       inFlight: {1} -> {}',
      "  -> invariant 'NoLoss' fails here",
      '',
      'Replay: npx faultline check lost.ts',
      '',
    ].join('\n'));
  });

  it('with verbose, adds the final state; with quiet, drops coverage', () => {
    const report = reportFor(lostMessage, 'lost.ts');
    const verbose = renderText(report, { verbose: true });
    expect(verbose).toContain('Final state:\n  sent = true\n  inFlight = {}\n  received = false\n');
    const quiet = renderText(report, { quiet: true });
    expect(quiet).not.toContain('Coverage');
    expect(quiet).toContain('Shortest trace (2 steps):');
  });

  it('flags actions that never fired and hedges for an incomplete search', () => {
    const report = reportFor(twoPhase, '2pc.ts', { rm: 2 }, { maxStates: 5 });
    const text = renderText(report);
    expect(text).toContain('INCOMPLETE: the search stopped at --max-states 5 before exploring');
    expect(text).toMatch(/^ {2}TMCommit +0 {2}<- not fired in the states explored$/m);
    expect(text).toMatch(/^ {2}committed +not met in the states explored$/m);
    expect(text).toContain('Replay: npx faultline check 2pc.ts');
  });

  it('says "holds" only for a complete search, without a replay line', () => {
    const text = renderText(reportFor(twoPhase, '2pc.ts', { rm: 3 }));
    expect(text).toContain('HOLDS: every property holds in all 288 reachable states');
    expect(text).toContain('  288 distinct states, 1,146 generated, depth 10, 0.50 s, bfs');
    expect(text).not.toContain('never fired');
    expect(text).not.toContain('Replay');
  });
});
