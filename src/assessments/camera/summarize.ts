// The camera assessment's summarize(): what the home list and the register need of one document, evaluated
// once when it is saved. main.tsx provides it to storage with the app's one clock; storage never evaluates.
import { evaluate, isoDateOf } from './domain';
import type { Assessment, IsoDate, Policy } from './domain';
import type { Summarizer, Summary } from '../../storage';
import { areaSummaryOf, titleOf, type RegisterDoc } from './summary-parts';

/** A signed decision that rejects every camera starts no surveillance: nothing to review, over from the start. */
const rejectsAll = (a: Assessment): boolean =>
  a.signoff?.kind === 'decision' && a.cameras.length > 0 && a.cameras.every((c) => a.decision.cameraDecisions.some((d) => d.cameraId === c.id && d.verdict === 'reject'));

/** The oldest possible date: "over on every day". */
const ALWAYS = '0000-01-01';

/**
 * From which day the domain's surveillanceOver(a, today) holds ('' never): ended as a whole, rejected later,
 * rejected entirely, or every camera ended. A test holds this equal to surveillanceOver on many days.
 */
export function overFrom(a: Assessment): IsoDate {
  if (a.signoff === null) return '';
  if (rejectsAll(a) || a.laterDecision?.result === 'rejected') return ALWAYS;
  const from: IsoDate[] = [];
  if (a.endedOn !== '') from.push(a.endedOn);
  if (a.cameras.length > 0 && a.cameras.every((c) => c.endedOn !== '')) from.push(a.cameras.map((c) => c.endedOn).sort().at(-1)!);
  return from.sort()[0] ?? '';
}

/** The document pruned to what the register reads (chainsOf, registerEntries, expiredForDeletion, versions). */
export function registerDoc(a: Assessment): RegisterDoc {
  return {
    id: a.id,
    version: a.version,
    previousVersionId: a.previousVersionId,
    createdAt: a.createdAt,
    endedOn: a.endedOn,
    signoff: a.signoff && { kind: a.signoff.kind, name: a.signoff.name, date: a.signoff.date, signedAt: a.signoff.signedAt, fingerprint: a.signoff.fingerprint },
    laterDecision: a.laterDecision && { by: a.laterDecision.by, result: a.laterDecision.result, date: a.laterDecision.date, reference: a.laterDecision.reference },
    school: { schoolName: a.school.schoolName, decisionDate: a.school.decisionDate, plannedStart: a.school.plannedStart },
    cameras: a.cameras.map((c) => ({ id: c.id, name: c.name, location: c.location, areaKind: c.areaKind, hours: c.hours, endedOn: c.endedOn })),
    decision: { cameraDecisions: a.decision.cameraDecisions, registryNumber: a.decision.registryNumber },
    problem: { purpose: a.problem.purpose },
    data: { retentionHours: a.data.retentionHours },
  };
}

export function summarize(a: Assessment, policy: Policy, today: IsoDate): Summary {
  let outcome: Summary['outcome'] = null;
  let nextReviewDate = a.decision.nextReviewDate;
  try {
    const evaluation = evaluate(a, policy, today);
    outcome = evaluation.outcome;
    nextReviewDate = evaluation.nextReviewDate || nextReviewDate;
  } catch {
    // The list entry is a convenience; the principal's answers must be saved even if the rules trip.
  }
  const review = a.annualReview?.reviewOf;
  return {
    id: a.id,
    version: a.version,
    revision: a.revision,
    status: a.endedOn !== '' ? 'ended' : a.signoff ? 'signed' : 'draft',
    outcome,
    schoolName: titleOf(a),
    areaSummary: areaSummaryOf(a),
    updatedAt: a.updatedAt,
    // A draft's date is a proposal on its review page, not a review anyone owes: lists show none for it.
    nextReviewDate: a.signoff ? nextReviewDate : '',
    signedAt: a.signoff?.signedAt || null,
    signed: a.signoff !== null,
    previousVersionId: a.previousVersionId,
    signoffKind: a.signoff?.kind ?? null,
    laterDecision: a.laterDecision ? { by: a.laterDecision.by, result: a.laterDecision.result, date: a.laterDecision.date } : null,
    endedOn: a.endedOn,
    reviewOfVersion: review && review.previousId === a.previousVersionId ? review.previousVersion : null,
    overFrom: overFrom(a),
    register: registerDoc(a),
  };
}

/** The summarizer storage is given: summarize on the day `clock` says (the app's one clock, made in main.tsx). */
export function cameraSummarizer(clock: () => Date): Summarizer {
  const today = () => isoDateOf(clock());
  return { summarize: (a, policy) => summarize(a, policy, today()), today };
}
