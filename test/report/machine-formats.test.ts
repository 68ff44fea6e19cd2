/** The JSON report and the ITF trace export. */
import { describe, expect, it } from 'vitest';
import { checkToJson, traceToItf, toItfValue } from '../../src/report/index.ts';
import { t } from '../../src/index.ts';
import twoPhase from '../../models/two-phase-commit.ts';
import lostMessage from '../fixtures/violated-lost-message.ts';
import { reportFor } from './make-report.ts';

describe('checkToJson', () => {
  it('gives verdict, stats, coverage and trace in the documented shape', () => {
    const doc = checkToJson(reportFor(lostMessage, 'lost.ts'));
    expect(doc.format).toBe('faultline-check/1');
    expect(doc.verdict).toEqual({ kind: 'violated',
      property: { kind: 'invariant', name: 'NoLoss' }, traceLength: 2 });
    expect(doc.stats).toMatchObject({ distinct: 4, generated: 4, depth: 2, seconds: 0.5 });
    expect(doc.coverage).toEqual([{ action: 'Send', fired: 1 }, { action: 'Receive', fired: 1 },
      { action: 'Lose', fired: 1 }]);
    expect(doc.settings).toEqual({ strategy: 'bfs', maxDepth: null, maxStates: null,
      deadlock: true });
    expect(doc.trace!.initial).toEqual({ sent: false, inFlight: [], received: false });
    expect(doc.trace!.steps[1]).toEqual({
      index: 2, action: 'Lose', label: 'Lose', kind: 'fault', actor: null, message: null,
      chance: null, changes: [{ path: 'inFlight', before: [1], after: [], kind: 'set' }],
      state: { sent: true, inFlight: [], received: false },
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('has no trace for a run that holds', () => {
    const doc = checkToJson(reportFor(twoPhase, '2pc.ts', { rm: 2 }));
    expect(doc.verdict).toEqual({ kind: 'holds' });
    expect(doc.trace).toBeNull();
    expect(doc.reachable).toEqual([{ name: 'committed', met: true },
      { name: 'aborted', met: true }]);
  });
});

describe('traceToItf', () => {
  it('writes the ITF header, vars and one state per step with typed values', () => {
    const report = reportFor(lostMessage, 'lost.ts');
    const itf = traceToItf(report.trace!, { file: 'lost.ts', violated: "invariant 'NoLoss'" });
    expect(itf['#meta']).toMatchObject({ format: 'ITF', source: 'lost.ts', model: 'lost-message',
      description: "faultline counterexample for model 'lost-message': invariant 'NoLoss' " +
        'violated' });
    expect(itf.vars).toEqual(['sent', 'inFlight', 'received']);
    expect(itf.states).toEqual([
      { '#meta': { index: 0, action: 'init' }, sent: false, inFlight: { '#set': [] },
        received: false },
      { '#meta': { index: 1, action: 'Send', label: 'Send', kind: 'protocol', actor: 0 },
        sent: true, inFlight: { '#set': [{ '#bigint': '1' }] }, received: false },
      { '#meta': { index: 2, action: 'Lose', label: 'Lose', kind: 'fault' },
        sent: true, inFlight: { '#set': [] }, received: false },
    ]);
  });

  it('encodes integers as #bigint, arrays as lists and records as objects', () => {
    const type = t.record({ n: t.int(-2, 5), xs: t.array(2, t.enum('a', 'b')) });
    expect(toItfValue(type, { n: -2, xs: ['b', 'a'] }))
      .toEqual({ n: { '#bigint': '-2' }, xs: ['b', 'a'] });
  });
});
