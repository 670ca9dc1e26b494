// Omvalidering (domain brief, section 5): a decided validation is looked at again every year, or sooner when
// something changes (new terms, a new sub-processor, an incident at the vendor). It starts from the last
// decided answers as a new version; the decided one is never touched, so its bytes and fingerprint stay.
import { addMonths, type IsoDate } from '../../engine/dates';
import { dueStatus, type ReviewStatus } from '../../engine/days';
import { diffAnswers, type AnswerChange } from '../../engine/questions/diff';
import { DEFAULT_POLICY, type Policy } from './policy';
import { predicates } from './predicates';
import { stepList } from './questions';
import { REVALIDATION_TRIGGERS, type ServiceDoc } from './schema';

export type RevalidationTrigger = (typeof REVALIDATION_TRIGGERS)[number];
export { REVALIDATION_TRIGGERS };

/**
 * The date the decision set, else a year (the policy's review months) after it was decided; '' while
 * undecided: a date typed into a draft is only proposed, and nothing is re-validated before it is decided.
 */
export function nextRevalidation(doc: ServiceDoc, decidedOn: IsoDate | null, policy: Policy = DEFAULT_POLICY): IsoDate {
  if (!decidedOn) return '';
  return doc.decision.nextReview !== '' ? doc.decision.nextReview : addMonths(decidedOn, policy.reviewMonths);
}

/**
 * Due soon or overdue, like the camera kind's annual review. Only an approval in force is ever due: a draft,
 * a rejection, a referral waiting for its decision and a discontinued service are not.
 */
export function revalidationStatus(doc: ServiceDoc, decidedOn: IsoDate | null, today: IsoDate, policy: Policy = DEFAULT_POLICY): ReviewStatus {
  const approved = doc.decision.verdict === 'approve' || doc.decision.verdict === 'approveWithConditions';
  if (!decidedOn || !approved || doc.discontinued) return 'not-due';
  return dueStatus(nextRevalidation(doc, decidedOn, policy), today);
}

/** The version number of a validation: 1 until it was re-validated. */
export const versionOf = (doc: ServiceDoc): number => doc.revalidation?.version ?? 1;

/**
 * A new version pre-filled from the decided one: every answer copied, the verdict, its reasons and the next
 * date left for the new decision (the record of the old decision stays with the old version). Who decides,
 * the conditions still to be followed up and the offboarding plan carry over. Throws for an undecided or
 * discontinued validation, a caller's mistake.
 */
export function startRevalidation(decided: ServiceDoc, decidedOn: IsoDate | null, trigger: RevalidationTrigger, id: string, now: Date, today: IsoDate): ServiceDoc {
  if (!decidedOn) throw new RangeError(`Validation ${decided.id} has no decision to re-validate`);
  if (decided.discontinued) throw new RangeError(`Validation ${decided.id} is discontinued`);
  const copy = structuredClone(decided);
  delete copy.discontinued;
  return {
    ...copy,
    id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revalidation: { of: decided.id, decidedOn, version: versionOf(decided) + 1, trigger, startedOn: today },
    decision: { ...copy.decision, verdict: '', reasons: '', nextReview: '', registryNumber: '' },
  };
}

/** Ids of validations a newer version continues: a decided one is replaced once its successor is decided. */
export function successors<T extends { doc: ServiceDoc; decidedOn: IsoDate | null }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    const of = item.doc.revalidation?.of;
    if (of === undefined) continue;
    const known = out.get(of);
    if (!known || versionOf(known.doc) < versionOf(item.doc)) out.set(of, item);
  }
  return out;
}

/** The decision itself is made anew in every version: never "a change since the last decision". */
const DECISION_ITSELF: ReadonlySet<string> = new Set(['decision.verdict', 'decision.reasons', 'decision.nextReview']);

/** What changed in the answers since the previous decided version, in question order. */
export function changesSince(previous: ServiceDoc, next: ServiceDoc, today: IsoDate, policy: Policy = DEFAULT_POLICY): AnswerChange[] {
  const ctx = { today, policy };
  return diffAnswers(stepList, predicates, { doc: previous, ctx }, { doc: next, ctx }, DECISION_ITSELF);
}
