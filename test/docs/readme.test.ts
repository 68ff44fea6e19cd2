/**
 * The README's first-model walkthrough, run as written: the model is taken
 * from the README's TypeScript block, saved where the README says, and
 * checked with the README's command. The printed lines the README quotes must
 * appear in the real output.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { faultline, ROOT } from '../cli/spawn-cli.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1]!, body: m[2]!,
}));
// A sibling of models/ so the model's `../src/index.ts` import resolves as in models/.
const dir = join(ROOT, '.readme-test');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README', () => {
  it('walks through a first model whose output is what the README shows', async () => {
    const model = blocks.find((b) => b.lang === 'ts' && b.body.includes("name: 'lost-update'"));
    const transcript = blocks.find((b) => b.lang === 'text' && b.body.includes('lost-update'));
    expect(model).toBeDefined();
    expect(transcript).toBeDefined();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'lost-update.ts'), model!.body);

    const run = await faultline(['check', '.readme-test/lost-update.ts']);
    expect(run.code).toBe(1);
    const shown = transcript!.body.split('\n').slice(1)
      .filter((l) => l.trim() !== '' && l.trim() !== '...' && !/\d+(\.\d+)? s, bfs/.test(l));
    const printed = run.stdout.replaceAll('.readme-test/', 'models/');
    for (const line of shown) expect(printed).toContain(line);
  });

  it('names the test command that CI runs', () => {
    expect(readme).toContain('npm test ');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toContain('npm test');
  });
});
