import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultline } from '../cli/spawn-cli.ts';

// hasty-commit reuses two-phase commit, which names RMs 0..rm-1 and the TM rm.
describe('process names declared by the model', () => {
  it('name actors and message ends in text, JSON and the sequence diagram', async () => {
    const text = await faultline(['check', 'properties/models/hasty-commit.ts']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('TMCommit  actor TM  message TM -> {RM0, RM1} "Commit"');
    expect(text.stdout).toContain('RMPrepare(0)  actor RM0  message RM0 -> TM "Prepared"');

    const json = await faultline(['check', 'properties/models/hasty-commit.ts', '--json']);
    const doc = JSON.parse(json.stdout) as { trace: { processes: string[] } };
    expect(doc.trace.processes).toEqual(['RM0', 'RM1', 'TM']);

    const dir = mkdtempSync(join(tmpdir(), 'faultline-names-'));
    try {
      await faultline(['check', 'properties/models/hasty-commit.ts', '--report-dir', dir]);
      const html = readFileSync(join(dir, 'hasty-commit-rm2-symmetry0.html'), 'utf8');
      for (const lane of ['RM0', 'RM1', 'TM']) expect(html).toContain(`middle">${lane}</text>`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
