/**
 * The proofs of a plan: each prepared proof file proved with Z3, every
 * lemma's verdict judged against the verdict declared in the file. A lemma
 * the solver could not decide (`unknown`) is not as declared, never proved.
 */
import type { LemmaEntryReport, ProofEntryReport } from '../report/index.ts';
import type { LemmaReport, ProveError } from '../smt/index.ts';
import { shellQuote } from './replay-command.ts';
import type { PreparedProof } from './verify-prepare.ts';

/**
 * Proves every prepared file in order, calling `onProof` after each, and
 * shuts the prover down at the end so Z3's threads let the process exit.
 */
export async function runPlanProofs(proofs: readonly PreparedProof[], cwd: string,
  onProof: (entry: ProofEntryReport) => void): Promise<ProofEntryReport[]> {
  // Loaded on demand: Z3 and the TypeScript compiler take a second to load.
  const smt = await import('../smt/index.ts');
  const reports: ProofEntryReport[] = [];
  try {
    for (const proof of proofs) {
      const { entry } = proof;
      const report = await smt.proveFile(proof.path, {
        lemma: entry.lemmas, timeoutMs: entry.timeoutMs,
      });
      const errors = report.errors.map((e) => ({
        code: e.code, message: smt.renderProveError(e, cwd), hint: hintFor(e, proof),
        detail: undefined, internal: e.kind === 'internal',
      }));
      const lemmas = report.lemmas.map((l) => judgeLemma(proof, l));
      const status = errors.length > 0 ? 'error'
        : lemmas.some((l) => l.status === 'fail') ? 'fail' : 'pass';
      const done: ProofEntryReport = {
        kind: 'proof', name: entry.name, file: proof.file, model: report.model, status, lemmas,
        errors, seconds: report.elapsedMs / 1000, replayCommand: proveCommand(proof, undefined),
      };
      reports.push(done);
      onProof(done);
    }
  } finally {
    await smt.shutdownProver();
  }
  return reports;
}

function judgeLemma(proof: PreparedProof, lemma: LemmaReport): LemmaEntryReport {
  const declared = lemma.expect ?? 'proved';
  const v = lemma.verdict;
  const got = v.kind === 'unknown' ? `unknown (${v.reason})` : v.kind;
  return {
    lemma, status: lemma.asExpected ? 'pass' : 'fail',
    reason: lemma.asExpected ? undefined : `${got}, declared ${declared}`,
    line: proof.lines[lemma.name], replayCommand: proveCommand(proof, lemma.name),
  };
}

function proveCommand(proof: PreparedProof, lemma: string | undefined): string {
  const args = ['npx', 'faultline', 'prove', proof.file];
  const lemmas = lemma === undefined ? proof.entry.lemmas ?? [] : [lemma];
  for (const name of lemmas) args.push('--lemma', name);
  if (proof.entry.timeoutMs !== undefined) args.push('--timeout-ms', String(proof.entry.timeoutMs));
  return args.map(shellQuote).join(' ');
}

function hintFor(e: ProveError, proof: PreparedProof): string | undefined {
  if (e.kind === 'internal') {
    return 'this is a bug in faultline; please report it with the plan you ran';
  }
  if (e.kind === 'untranslatable' && e.hint !== undefined) return e.hint;
  return `fix the proof file; ${proveCommand(proof, undefined)} shows the error alone`;
}
