/**
 * SARIF 2.1.0 for a `verify` run, the format code-scanning panes read. The
 * rules are the properties and lemmas that were checked; there is a result
 * per violated property and per refuted lemma (level `note` when the plan
 * expects it, `error` when not) and one per other verdict not as expected,
 * each located in the model or proof file, at the line that declares the
 * property when it was found. Entries that ended without a verdict are tool
 * execution notifications.
 */
import { pathToFileURL } from 'node:url';
import { describeExpectation } from '../props/index.ts';
import type { CheckReport } from './check-report.ts';
import { describeProperty } from './verdict-text.ts';
import {
  declaredVerdict, type CheckEntryReport, type EntryError, type LemmaEntryReport,
  type ProofEntryReport, type VerifyReport,
} from './verify-report.ts';

/** The schema SARIF 2.1.0 documents point at. */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A SARIF message. */
export interface SarifMessage {
  readonly text: string;
}

/** A place in a file, relative to the `SRCROOT` base. */
export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly uriBaseId: 'SRCROOT' };
    readonly region?: { readonly startLine: number };
  };
}

/** One rule: a property or lemma that was checked. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription?: SarifMessage;
  readonly defaultConfiguration: { readonly level: 'error' };
  readonly properties: { readonly kind: string };
}

/** One finding. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'note';
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
}

/** A problem that kept an entry from reaching a verdict. */
export interface SarifNotification {
  readonly level: 'error';
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
}

/** The SARIF log `verifyToSarif` builds: one run of the `faultline` driver. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [{
    readonly tool: { readonly driver: {
      readonly name: 'faultline'; readonly version: string; readonly rules: readonly SarifRule[];
    } };
    readonly originalUriBaseIds: { readonly SRCROOT: { readonly uri: string } };
    readonly invocations: readonly [{
      readonly executionSuccessful: boolean;
      readonly toolExecutionNotifications: readonly SarifNotification[];
    }];
    readonly results: readonly SarifResult[];
  }];
}

/** Collects rules by id so each is listed once and results can point at it by index. */
class RuleBook {
  readonly rules: SarifRule[] = [];
  private readonly index = new Map<string, number>();

  add(id: string, kind: string, text: string, full?: string): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    this.index.set(id, this.rules.length);
    this.rules.push({ id, name: id, shortDescription: { text },
      ...(full === undefined || full === '' ? {} : { fullDescription: { text: full } }),
      defaultConfiguration: { level: 'error' }, properties: { kind } });
    return this.rules.length - 1;
  }
}

const VERDICT_RULE = 'faultline/verdict-as-expected';

/** Builds the SARIF log of `report`. */
export function verifyToSarif(report: VerifyReport): SarifLog {
  const book = new RuleBook();
  const results: SarifResult[] = [];
  const notes: SarifNotification[] = [];
  for (const entry of report.checks) checkFindings(entry, book, results, notes);
  for (const entry of report.proofs) proofFindings(entry, book, results, notes);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'faultline', version: report.toolVersion, rules: book.rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(`${report.root}/`).href } },
      invocations: [{ executionSuccessful: notes.length === 0,
        toolExecutionNotifications: notes }],
      results,
    }],
  };
}

function checkFindings(entry: CheckEntryReport, book: RuleBook, results: SarifResult[],
  notes: SarifNotification[]): void {
  if (entry.status === 'error') {
    notes.push(notification(entry.name, entry.error, entry.file));
    return;
  }
  const run = entry.run;
  for (const [kind, name] of checkedProperties(run)) {
    book.add(`${run.model}/${name}`, kind, `${run.model}: ${kind} ${name}`);
  }
  const v = run.result.verdict;
  const expected = `the plan expects: ${describeExpectation(entry.expect)}`;
  if (v.kind === 'violated') {
    const id = `${run.model}/${v.property.name}`;
    const steps = v.path === undefined ? '' : ` by a ${v.path.steps.length}-step trace`;
    results.push({ ruleId: id, ruleIndex: book.add(id, v.property.kind, id),
      level: entry.status === 'pass' ? 'note' : 'error',
      message: { text: `${entry.name}: ${describeProperty(v.property)} is violated${steps} ` +
        `(${expected}). Replay: ${entry.replayCommand}` },
      locations: [location(entry.file, entry.lines[v.property.name])] });
    return;
  }
  if (entry.status === 'fail') results.push(mismatchResult(entry, entry.reason, book));
}

/** A verdict not as expected that is not itself a violation: blame the expected property. */
function mismatchResult(entry: CheckEntryReport & { readonly run: CheckReport }, reason: string,
  book: RuleBook): SarifResult {
  const expect = entry.expect;
  const property = typeof expect === 'object' && 'violated' in expect ? expect.violated : undefined;
  const id = property === undefined ? VERDICT_RULE : `${entry.run.model}/${property}`;
  const ruleIndex = property === undefined
    ? book.add(VERDICT_RULE, 'plan', 'every verdict is the one the plan expects')
    : book.add(id, 'property', id);
  return { ruleId: id, ruleIndex, level: 'error',
    message: { text: `${entry.name}: ${reason}. Replay: ${entry.replayCommand}` },
    locations: [location(entry.file, property === undefined ? undefined : entry.lines[property])] };
}

function checkedProperties(run: CheckReport): [string, string][] {
  return [
    ...run.checked.invariants.map((n): [string, string] => ['invariant', n]),
    ...run.checked.stepProperties.map((n): [string, string] => ['step property', n]),
    ...run.result.reachable.map((r): [string, string] => ['reachability goal', r.name]),
    ...(run.settings.deadlock ? [['deadlock', 'deadlock'] as [string, string]] : []),
  ];
}

function proofFindings(entry: ProofEntryReport, book: RuleBook, results: SarifResult[],
  notes: SarifNotification[]): void {
  const owner = entry.model ?? entry.name;
  for (const l of entry.lemmas) {
    const id = `${owner}/${l.lemma.name}`;
    const ruleIndex = book.add(id, 'lemma', `${owner}: lemma ${l.lemma.name}`, l.lemma.doc);
    const finding = lemmaFinding(l);
    if (finding === undefined) continue;
    results.push({ ruleId: id, ruleIndex, level: finding.level,
      message: { text: `${entry.name}: lemma '${l.lemma.name}' ${finding.text}` },
      locations: [location(entry.file, l.line)] });
  }
  for (const e of entry.errors) notes.push(notification(entry.name, e, entry.file));
}

function lemmaFinding(l: LemmaEntryReport): { level: 'error' | 'note'; text: string } | undefined {
  const v = l.lemma.verdict;
  const declared = declaredVerdict(l.lemma);
  if (v.kind === 'refuted') {
    const values = Object.entries(v.counterexample).map(([k, x]) => `${k}=${x}`).join(', ');
    const witness = v.witness === undefined ? '' : ` (${v.witness.replace(/\n/g, '; ')})`;
    return { level: l.status === 'pass' ? 'note' : 'error',
      text: `refuted at ${values}${witness}; declared ${declared}. Replay: ${l.replayCommand}` };
  }
  if (l.status === 'pass') return undefined;
  return { level: 'error', text: `${l.reason ?? 'not as declared'}. Replay: ${l.replayCommand}` };
}

function notification(entry: string, e: EntryError, file: string): SarifNotification {
  const hint = e.hint === undefined ? '' : ` (${e.hint})`;
  return { level: 'error', message: { text: `${entry}: ${e.message}${hint}` },
    locations: [location(file, undefined)] };
}

function location(file: string, line: number | undefined): SarifLocation {
  const uri = file.split(/[\\/]/).map((part) => encodeURIComponent(part)).join('/');
  return { physicalLocation: {
    artifactLocation: { uri, uriBaseId: 'SRCROOT' },
    ...(line === undefined ? {} : { region: { startLine: line } }),
  } };
}
