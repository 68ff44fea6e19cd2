/**
 * The prover against fixtures: every translated construct agrees with
 * running the code; editing a threshold's body flips its verdict; a lemma
 * failing only at n = 1000 is refuted with exactly that size; counterexamples
 * are the smallest; code outside the subset gives located errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ArithmeticDeclaration, isArithmeticDeclaration } from '../../src/model/arithmetic.ts';
import {
  type ProveReport, proveExitCode, proveFile, renderProveText, shutdownProver,
} from '../../src/smt/index.ts';
import { bruteForce } from './brute-force.ts';

const fixture = (name: string) => `test/smt/fixtures/${name}.ts`;
const scratch = mkdtempSync(join(tmpdir(), 'faultline-smt-'));
const arithmeticPath = resolve('src/model/arithmetic.ts');

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await shutdownProver();
});

async function declarationOf(path: string): Promise<ArithmeticDeclaration> {
  const module: { arithmetic: unknown } = await import(/* @vite-ignore */ resolve(path));
  if (!isArithmeticDeclaration(module.arithmetic)) throw new Error(`${path}: no declaration`);
  return module.arithmetic;
}

function verdicts(report: ProveReport): Record<string, unknown> {
  return Object.fromEntries(report.lemmas.map((l) => [l.name, l.verdict.kind === 'refuted'
    ? l.verdict.counterexample : l.verdict.kind]));
}

/** Every verdict of a report must match brute force within `bound`. */
function expectAgreement(report: ProveReport, declaration: ArithmeticDeclaration, bound: number) {
  for (const lemma of report.lemmas) {
    const brute = bruteForce(declaration, lemma, bound);
    expect(lemma.verdict.kind === 'refuted' ? lemma.verdict.counterexample : lemma.verdict.kind,
      lemma.name).toEqual(brute.counterexample ?? 'proved');
  }
}

/** Copies a fixture to the scratch folder with edits, importing the model API absolutely. */
function edited(name: string, edits: readonly [string, string][]): string {
  let text = readFileSync(fixture(name), 'utf8')
    .replace('../../../src/model/arithmetic.ts', arithmeticPath);
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const path = join(scratch, `${name}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(path, text);
  return path;
}

describe('translated constructs', () => {
  it('agree with running the code, lemma by lemma', async () => {
    const report = await proveFile(fixture('constructs'));
    expect(report.errors).toEqual([]);
    expect(report.lemmas.every((l) => l.asExpected)).toBe(true);
    expect(verdicts(report)).toMatchObject({
      'remainder-takes-the-sign-of-the-dividend': { x: -10 },
      'round-breaks-ties-upwards': { x: -9 },
      'branch-merging': { x: -4 },
    });
    expectAgreement(report, await declarationOf(fixture('constructs')), 12);
  });

  it('are found through a re-export and across imports', async () => {
    const direct = await proveFile(fixture('constructs'));
    const reexported = await proveFile(fixture('reexport'));
    expect(reexported.errors).toEqual([]);
    expect(reexported.model).toBe('constructs');
    expect(verdicts(reexported)).toEqual(verdicts(direct));
  });

  it('include real-valued variables, whose counterexamples need not be integers', async () => {
    const report = await proveFile(fixture('real'));
    const [half, third] = report.lemmas;
    expect(half?.verdict).toEqual({ kind: 'proved' });
    expect(third?.verdict.kind).toBe('refuted');
    if (third?.verdict.kind === 'refuted') {
      expect(third.verdict.counterexample['x']).toBeCloseTo(1 / 3);
    }
  });
});

describe('editing a threshold body', () => {
  it('flips a proved lemma to refuted, and a refuted one to proved', async () => {
    const original = await proveFile(fixture('editable'));
    expect(verdicts(original)).toEqual({
      'decision-seen-by-all-waiters': 'proved',
      'decision-needs-more-than-half': { n: 2, f: 0 },
    });

    const weaker = edited('editable', [['return f + 1;', 'return f;']]);
    const weakened = await proveFile(weaker);
    expect(verdicts(weakened)).toEqual({
      'decision-seen-by-all-waiters': { n: 1, f: 0, d: 0 },
      'decision-needs-more-than-half': { n: 1, f: 0 },
    });
    expectAgreement(weakened, await declarationOf(weaker), 12);

    const majority = edited('editable', [['return f + 1;', 'return Math.floor(n / 2) + 1;']]);
    const strengthened = await proveFile(majority);
    expect(verdicts(strengthened)).toEqual({
      'decision-seen-by-all-waiters': 'proved',
      'decision-needs-more-than-half': 'proved',
    });
    expect(strengthened.lemmas[1]?.asExpected).toBe(false);
    expect(proveExitCode(strengthened)).toBe(1);
  });
});

describe('large sizes', () => {
  it('refutes a lemma that fails only from n = 1000 with exactly n = 1000', async () => {
    const report = await proveFile(fixture('large-size'));
    expect(verdicts(report)).toEqual({
      'write-quorums-intersect': { n: 1000 },
      'batches-never-full': { n: 1000 },
    });
    expect(report.lemmas.every((l) => l.verdict.kind === 'refuted' && l.verdict.minimal))
      .toBe(true);

    // Enumeration up to n = 999 finds nothing: only the proof sees n = 1000.
    const declaration = await declarationOf(fixture('large-size'));
    for (const lemma of report.lemmas) {
      expect(bruteForce(declaration, lemma, 999).counterexample).toBeUndefined();
      expect(bruteForce(declaration, lemma, 1000).counterexample).toEqual({ n: 1000 });
    }
  });
});

describe('smallest counterexamples', () => {
  it('minimise n, then f, then the rest in declaration order', async () => {
    const report = await proveFile(fixture('smallest'));
    expect(verdicts(report)).toEqual({
      'even-sum-above-ten': { n: 7, f: 3 },
      'f-above-n': { n: 21, f: 22 },
      'third-variable': { n: 3, f: 0, x: 5 },
      'no-lower-bound': { n: 1, y: -40 },
    });
    expectAgreement(report, await declarationOf(fixture('smallest')), 45);
  });
});

describe('code outside the subset', () => {
  const text = readFileSync(fixture('unsupported'), 'utf8').split('\n');
  /** Where `part` sits on the first line containing `snippet`. */
  const at = (snippet: string, part = snippet) => {
    const line = text.findIndex((l) => l.includes(snippet));
    return { line: line + 1, column: text[line]!.indexOf(part) + 1 };
  };
  const expected = {
    'uses-while': ['SMT102', 'spin', at('while (i < n)')],
    'uses-array': ['SMT101', 'pairLength', at('[n, f].length')],
    'divides-by-variable': ['SMT104', 'ratio', at('n / f')],
    'unbounded-loop': ['SMT105', 'countUp', at('i < n; i++', 'n; i++')],
    'recursion': ['SMT106', 'fact', at('fact(n - 1)')],
    'missing-return': ['SMT108', 'partial', at('partial(n: number)', 'partial')],
    'randomness': ['SMT101', 'coin', at('Math.random()')],
    'return-in-loop': ['SMT111', 'firstAbove', at('if (i > n) return i;', 'return i;')],
    'truthiness': ['SMT107', 'claim', at('n || f > 0')],
    'mutable-module-variable': ['SMT109', 'tuned', at('tunable;')],
  } as const;

  it('is reported per lemma with a stable code, function, line and column', async () => {
    const report = await proveFile(fixture('unsupported'));
    const located = Object.fromEntries(report.errors.flatMap((e) => e.kind === 'untranslatable'
      ? [[e.lemma, [e.code, e.function, { line: e.location.line, column: e.location.column }]]]
      : []));
    expect(located).toEqual(expected);

    const declarationError = report.errors.find((e) => e.kind === 'bad-declaration');
    expect(declarationError).toMatchObject({
      code: 'SMT003', location: at('q) => n > q'),
    });
    expect(declarationError?.message).toContain("parameter 'q'");
    expect(report.errors).toHaveLength(11);

    // The translatable lemma in the same file is still proved; bad input wins the exit code.
    expect(verdicts(report)).toEqual({ fine: 'proved' });
    expect(proveExitCode(report)).toBe(2);
  });

  it('renders compiler-style, with the source line and a caret underline', async () => {
    const report = await proveFile(fixture('unsupported'), { lemma: ['divides-by-variable'] });
    const { line } = at('n / f');
    expect(renderProveText(report)).toContain([
      'error[SMT104]: divisor must be a non-zero constant: n / f',
      "  in ratio (lemma 'divides-by-variable')",
      `  --> test/smt/fixtures/unsupported.ts:${line}:10`,
      '   |',
      `${line} |   return n / f;`,
      '   |          ^^^^^',
    ].join('\n'));
  });
});

describe('exact arithmetic against floating point', () => {
  it('reports unknown, never refuted, when running the code does not reproduce', async () => {
    const report = await proveFile(fixture('float-mismatch'));
    const [lemma] = report.lemmas;
    expect(lemma?.verdict.kind).toBe('unknown');
    if (lemma?.verdict.kind === 'unknown') {
      expect(lemma.verdict.reason).toContain('does not refute the lemma when the TypeScript runs');
    }
    expect(proveExitCode(report)).toBe(4);
  });
});
