/**
 * The props layer's public entry: verification plans (which checks and
 * proofs CI runs, and the verdict each must have) and how a search result is
 * judged against its expectation.
 */
export { defaultCheckName, definePlan, fileStem, isPlan } from './plan.ts';
export type {
  CheckEntrySpec, CheckExpectation, ExpectedBound, Plan, PlanCheck, PlanProof, PlanSpec,
  ProofEntrySpec, ValidPlan,
} from './plan.ts';
export { validatePlan } from './validate-plan.ts';
export type { PlanProblem, PlanValidation } from './validate-plan.ts';
export { describeExpectation, describeVerdict, judgeCheck } from './judge-check.ts';
export type { Judgement } from './judge-check.ts';
