import { describe, expect, it } from 'vitest';
import { compileModel, defineModel, explore, ModelError, range, t } from '../../src/index.ts';
import type { Model, ModelSpec, ParamSpec } from '../../src/index.ts';

const counterFields = (max: number) => ({ n: t.int(0, max) });
type CounterFields = ReturnType<typeof counterFields>;
type CounterParams = { readonly max: ParamSpec };
type CounterSpec = ModelSpec<CounterFields, CounterParams>;

/** A counter from 0 to `max` that can only go up by one or two. */
function counter(extra: Partial<CounterSpec> = {}): Model<CounterFields, CounterParams> {
  return defineModel<CounterFields, CounterParams>({
    name: 'counter',
    params: { max: { default: 5, min: 1, max: 100 } },
    state: ({ max }) => counterFields(max),
    init: () => ({ n: 0 }),
    actions: ({ max }, action) => [
      action('Inc', { over: [1, 2], when: (s, by) => s.n + by <= max, then: (s, by) => {
        s.n += by;
      } }),
    ],
    ...extra,
  });
}

function errorOf(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ModelError) return err;
    throw err;
  }
  throw new Error('expected a ModelError');
}

describe('deadlock, terminal states and reachability', () => {
  it('reports the state with no enabled step as a deadlock, by the shortest path', () => {
    const r = explore(compileModel(counter()));
    expect(r.verdict.kind).toBe('violated');
    if (r.verdict.kind !== 'violated') return;
    expect(r.verdict.property).toEqual({ kind: 'deadlock', name: 'deadlock' });
    expect(r.verdict.path!.steps.length).toBe(3); // 0 -> 2 -> 4 -> 5
  });

  it('accepts the dead end when it is terminal or deadlock checking is off', () => {
    const terminal = counter({ terminal: (s, p) => s.n === p.max });
    expect(explore(compileModel(terminal)).verdict).toEqual({ kind: 'holds' });
    expect(explore(compileModel(counter()), { deadlock: false }).verdict)
      .toEqual({ kind: 'holds' });
  });

  it('reports a reachability goal never met as violated, and a met one with its path', () => {
    const goals: Partial<CounterSpec> = {
      reachable: { five: (s) => s.n === 5, six: (s) => s.n === 6 },
    };
    const r = explore(compileModel(counter(goals), { max: 6 }), { deadlock: false });
    expect(r.verdict).toEqual({ kind: 'holds' });
    const r5 = explore(compileModel(counter(goals), { max: 5 }), { deadlock: false });
    expect(r5.verdict).toEqual({ kind: 'violated', property: { kind: 'reachable', name: 'six' } });
    expect(r5.reachable[0]!.met).toBe(true);
    expect(r5.reachable[0]!.path!.steps.length).toBe(3);
  });

  it('checks step properties on every transition', () => {
    const m = counter({ stepProperties: { smallSteps: (a, b) => b.n - a.n < 2 } });
    const r = explore(compileModel(m), { deadlock: false });
    expect(r.verdict.kind).toBe('violated');
    if (r.verdict.kind === 'violated') {
      expect(r.verdict.property).toEqual({ kind: 'step', name: 'smallSteps' });
      expect(r.verdict.path!.steps).toEqual([1]);
    }
  });

  it('does not expand states outside the constraint', () => {
    const m = counter({ constraint: (s) => s.n < 3 });
    const r = explore(compileModel(m, { max: 50 }), { deadlock: false });
    expect(r.stats.distinct).toBe(5); // 0..4: 3 and 4 are found but not expanded
  });

  it('warns about actions that never fired', () => {
    const m = defineModel({
      name: 'idle',
      state: () => ({ on: t.bool() }),
      init: () => ({ on: false }),
      actions: (_p, action) => [
        action('Never', { when: (s) => s.on, then: (s) => { s.on = false; } }),
      ],
      terminal: () => true,
    });
    const r = explore(compileModel(m));
    expect(r.warnings).toEqual(["action 'Never' never fired"]);
  });
});

describe('model errors name the model, the action and what to do', () => {
  it('rejects unknown and out-of-range parameters', () => {
    expect(errorOf(() => compileModel(counter(), { size: 3 })).message)
      .toBe("model 'counter' has no parameter 'size'");
    const e = errorOf(() => compileModel(counter(), { max: 500 }));
    expect(e.code).toBe('bad-param');
    expect(e.message)
      .toBe("parameter 'max' of model 'counter' must be an integer in 1..100, got '500'");
  });

  it('rejects an unknown invariant', () => {
    const e = errorOf(() => explore(compileModel(counter()), { invariants: ['Safe'] }));
    expect(e.code).toBe('unknown-property');
    expect(e.hint).toBe('it declares none');
  });

  it('reports a guard that writes its input state', () => {
    const m = counter({ actions: (_p, action) => [
      action('Sneaky', {
        when: (s) => { (s as { n: number }).n = 1; return true; },
        then: () => {},
      }),
    ] });
    const e = errorOf(() => explore(compileModel(m)));
    expect(e.code).toBe('impure-write');
    expect(e.where).toEqual({ model: 'counter', action: 'Sneaky', field: 'n' });
    expect(e.message).toMatch(/wrote the state in its guard \(when\)/);
  });

  it('reports an effect that reads randomness or the clock', () => {
    for (const [what, read] of [['Math.random()', () => Math.random()],
      ['Date.now()', () => Date.now()],
      ['new Date()', () => new Date().getTime()]] as const) {
      const m = counter({ actions: (_p, action) => [
        action('Roll', { then: (s) => { s.n = read() > 0.5 ? 1 : 0; } }),
      ] });
      const e = errorOf(() => explore(compileModel(m)));
      expect(e.code).toBe('impure-global');
      expect(e.message).toContain(`action 'Roll' of model 'counter' called ${what}`);
    }
    expect(typeof Math.random()).toBe('number');
  });

  it('reports an action whose successors depend on module-level state', () => {
    let calls = 0;
    const m = counter({ actions: (_p, action) => [
      action('Drift', { then: (s) => { s.n = calls++ % 2; } }),
    ] });
    const e = errorOf(() => explore(compileModel(m)));
    expect(e.code).toBe('nondeterministic');
    expect(e.where.action).toBe('Drift');
  });

  it('reports an effect that writes a value outside the field type', () => {
    const m = counter({ actions: (_p, action) => [
      action('Overflow', { over: range(3), then: (s, k) => {
        s.n = k === 2 ? NaN : k;
      } }),
    ] });
    const e = errorOf(() => explore(compileModel(m), { deadlock: false }));
    expect(e.code).toBe('bad-value');
    expect(e.message).toBe("action 'Overflow' of model 'counter', in its effect (then), " +
      'choice 2: ' +
      "wrote NaN to state field 'n', which holds int 0..5");
  });

  it('reports model code that throws', () => {
    const m = counter({ invariants: { Boom: () => { throw new Error('kaput'); } } });
    const e = errorOf(() => explore(compileModel(m)));
    expect(e.code).toBe('threw');
    expect(e.message).toBe("invariant 'Boom' of model 'counter' threw: Error: kaput");
  });
});
