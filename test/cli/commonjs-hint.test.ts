import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { faultline, ROOT } from './spawn-cli.ts';

// Outside any package with "type": "module", a .ts file is compiled as CommonJS.
const dir = mkdtempSync(join(tmpdir(), 'faultline-cjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelFile(name: string): string {
  const source = readFileSync(join(ROOT, 'test/fixtures/violated-naive-lock.ts'), 'utf8')
    .replaceAll("'../../src/", `'${join(ROOT, 'src')}/`);
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

describe('a model file Node loads as CommonJS', () => {
  it('is rejected with exit 2 and a hint that says how to load it as a module', async () => {
    const run = await faultline(['check', modelFile('lock.ts')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('failed to load');
    expect(run.stderr).toContain('name it .mts, or keep it in a folder whose package.json says');
  });

  it('loads when named .mts, as the hint says', async () => {
    const run = await faultline(['check', modelFile('lock.mts')]);
    expect(run.code).toBe(1);
  });
});
