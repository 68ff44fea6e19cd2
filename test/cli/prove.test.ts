/** `faultline prove` through the launcher: the exit codes it shares with every command. */
import { describe, it } from 'vitest';
import { faultline } from './spawn-cli.ts';

describe.concurrent('faultline prove', () => {
  it('exits 0 when the chosen lemma is proved, printing one JSON document', async ({ expect }) => {
    const run = await faultline(['prove', 'models/thresholds/quorum.ts',
      '--lemma', 'majority-read-write-intersect', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { lemmas: { name: string; verdict: unknown }[] };
    expect(doc.lemmas.map((l) => [l.name, l.verdict])).toEqual([
      ['majority-read-write-intersect', { kind: 'proved' }]]);
  });

  it('exits 2 on a missing file', async ({ expect }) => {
    const run = await faultline(['prove', 'models/nope.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('models/nope.ts');
  });

  it('exits 2 on an unknown lemma, naming it', async ({ expect }) => {
    const run = await faultline(['prove', 'models/thresholds/quorum.ts', '--lemma', 'Nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nope');
  });
});
