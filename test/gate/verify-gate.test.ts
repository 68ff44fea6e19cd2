/**
 * The CI gate: `faultline verify properties/plan.ts` run as a process, as CI
 * runs it. It must exit 0 (every verdict in the project's plan as expected),
 * and its JUnit XML must hold one test case per check and per lemma, none
 * failed; its SARIF must report nothing at level error.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { isArithmeticDeclaration } from '../../src/index.ts';
import { isPlan, validatePlan } from '../../src/props/index.ts';
import type { SarifLog } from '../../src/report/index.ts';
import { faultline, ROOT } from '../cli/spawn-cli.ts';
import { xmlProblems } from '../report/xml-wellformed.ts';

const PLAN = 'properties/plan.ts';

/** Test cases the plan should produce: one per check, one per lemma proved. */
async function expectedCases(): Promise<number> {
  const mod = (await import(pathToFileURL(join(ROOT, PLAN)).href)) as { default: unknown };
  if (!isPlan(mod.default)) throw new Error(`${PLAN} exports no plan`);
  const checked = validatePlan(mod.default);
  if (!checked.ok) throw new Error(`${PLAN} is not valid`);
  let lemmas = 0;
  for (const proof of checked.plan.proofs) {
    const file = resolve(ROOT, 'properties', proof.file);
    const { arithmetic } = (await import(pathToFileURL(file).href)) as { arithmetic: unknown };
    if (!isArithmeticDeclaration(arithmetic)) throw new Error(`${file} has no arithmetic`);
    lemmas += proof.lemmas?.length ?? Object.keys(arithmetic.lemmas).length;
  }
  return checked.plan.checks.length + lemmas;
}

it('faultline verify properties/plan.ts exits 0 with every verdict as expected', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-gate-'));
  const run = await faultline(['verify', PLAN, '--report-dir', dir]);
  expect(run.stderr + run.stdout).not.toMatch(/^(FAIL|ERROR) /m);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('every verdict as expected');

  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  expect(xmlProblems(junit)).toEqual([]);
  expect(junit.match(/<testcase\s/g)).toHaveLength(await expectedCases());
  expect(junit).toMatch(/<testsuites [^>]*failures="0" errors="0"/);
  expect(junit).not.toContain('<failure');

  const sarif = JSON.parse(readFileSync(join(dir, 'results.sarif'), 'utf8')) as SarifLog;
  expect(sarif.runs[0].results.filter((r) => r.level === 'error')).toEqual([]);
  expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
}, 180_000);
