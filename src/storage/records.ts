// Turning an assessment into the stored row (and back into a list entry).
import { evaluate, reviewStatus, surveillanceOver } from '../assessments/camera/domain';
import type { Assessment, AreaKind, IsoDate, IsoDateTime, LaterDecision, Policy, ReviewStatus, SignedRecord, SignoffKind } from '../assessments/camera/domain';
import type { AssessmentRecord, AssessmentStatus, AreaSummary, VersionRecord } from './db';

/** What the list of assessments shows, without loading and evaluating every document. */
export interface AssessmentSummary {
  id: string;
  version: number;
  revision: number;
  status: AssessmentStatus;
  outcome: AssessmentRecord['outcome'];
  schoolName: string;
  areaSummary: AreaSummary;
  updatedAt: IsoDateTime;
  nextReviewDate: IsoDate;
  signedAt: IsoDateTime | null;
  deletedAt: IsoDateTime | null;
  /** The stored row is damaged; opening it shows what restore could not read. */
  unreadable: boolean;
  /** The signed version this one continues, or null. */
  previousVersionId: string | null;
  /** What the signature attests; null for a draft. */
  signoffKind: SignoffKind | null;
  /** The administration's or school owner's decision on a case sent to them. */
  laterDecision: Pick<LaterDecision, 'by' | 'result' | 'date'> | null;
  /** When the whole surveillance ends or ended ('' while it goes on). */
  endedOn: IsoDate;
  /** A draft started as an annual review: the version it re-examines; otherwise null. */
  reviewOfVersion: number | null;
  /** On the day the list was read: whether the annual review is due (the domain's reviewStatus). */
  reviewStatus: ReviewStatus;
  /** On that day: no surveillance goes on (ended, every camera ended, or rejected). */
  surveillanceOver: boolean;
}

export function statusOf(a: Assessment): AssessmentStatus {
  if (a.endedOn !== '') return 'ended';
  return a.signoff ? 'signed' : 'draft';
}

function areaSummaryOf(a: Assessment): AreaSummary {
  const active = a.cameras.filter((c) => c.endedOn === '');
  const kinds: AreaKind[] = [];
  for (const c of active) if (c.areaKind !== '' && !kinds.includes(c.areaKind)) kinds.push(c.areaKind);
  return { cameraCount: active.length, areaKinds: kinds };
}

/** Local calendar date, the way the principal reads "today". */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function toRecord(a: Assessment, policy: Policy, deletedAt: IsoDateTime | null, today: IsoDate = todayIso()): AssessmentRecord {
  let outcome: AssessmentRecord['outcome'] = null;
  let nextReviewDate = a.decision.nextReviewDate;
  try {
    const evaluation = evaluate(a, policy, today);
    outcome = evaluation.outcome;
    nextReviewDate = evaluation.nextReviewDate || nextReviewDate;
  } catch {
    // The list entry is a convenience; the principal's answers must be saved even if the rules trip.
  }
  return {
    id: a.id,
    assessment: a,
    status: statusOf(a),
    outcome,
    schoolName: a.school.schoolName,
    areaSummary: areaSummaryOf(a),
    updatedAt: a.updatedAt,
    nextReviewDate,
    deletedAt,
  };
}

/** The immutable row of a signed version: the document beside the record of what was signed. */
export function toVersionRecord(a: Assessment, signed: SignedRecord): VersionRecord | null {
  if (!a.signoff) return null;
  return { id: a.id, version: a.version, signedAt: a.signoff.signedAt, fingerprint: signed.fingerprint, assessment: a, signed };
}

/** Whether two signed documents are the same signing (the stored version is never replaced by another). */
export function sameSigning(stored: VersionRecord, a: Assessment): boolean {
  return a.signoff !== null && stored.fingerprint === a.signoff.fingerprint && stored.signedAt === a.signoff.signedAt;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** A signed decision that rejects every camera starts no surveillance: nothing to review. */
const rejectsAll = (a: Assessment): boolean =>
  a.signoff?.kind === 'decision' && a.cameras.length > 0 && a.cameras.every((c) => a.decision.cameraDecisions.some((d) => d.cameraId === c.id && d.verdict === 'reject'));

/** The dashboard's year-two facts of one row, on `today`; a damaged row is simply not due and not over. */
function lifecycleOf(a: Partial<Assessment>, nextReviewDate: IsoDate, today: IsoDate): Pick<AssessmentSummary, 'reviewStatus' | 'surveillanceOver'> {
  try {
    const doc = a as Assessment;
    if (doc.signoff && rejectsAll(doc)) return { reviewStatus: 'not-due', surveillanceOver: true };
    return { reviewStatus: reviewStatus(doc, nextReviewDate, today), surveillanceOver: doc.signoff !== null && surveillanceOver(doc, today) };
  } catch {
    return { reviewStatus: 'not-due', surveillanceOver: false };
  }
}

function laterDecisionOf(v: unknown): AssessmentSummary['laterDecision'] {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Partial<LaterDecision>;
  if ((d.by !== 'administration' && d.by !== 'owner') || (d.result !== 'approved' && d.result !== 'rejected')) return null;
  return { by: d.by, result: d.result, date: str(d.date) };
}

const SIGNOFF_KINDS: readonly string[] = ['decision', 'review-request', 'referral'];

/** Rows come from disk and may be damaged: a bad row becomes an "unreadable" entry, never a broken list. */
export function toSummary(r: AssessmentRecord, today: IsoDate = todayIso()): AssessmentSummary {
  const a = (typeof r.assessment === 'object' && r.assessment !== null ? r.assessment : {}) as Partial<Assessment>;
  const signoff = typeof a.signoff === 'object' && a.signoff !== null ? a.signoff : null;
  const area = r.areaSummary as Partial<AreaSummary> | undefined;
  const nextReviewDate = str(r.nextReviewDate);
  const review = a.annualReview?.reviewOf;
  return {
    id: str(r.id),
    version: num(a.version),
    revision: num(a.revision),
    status: r.status === 'signed' || r.status === 'ended' ? r.status : 'draft',
    outcome: typeof r.outcome === 'string' ? r.outcome : null,
    schoolName: str(r.schoolName),
    areaSummary: { cameraCount: num(area?.cameraCount), areaKinds: Array.isArray(area?.areaKinds) ? area.areaKinds : [] },
    updatedAt: str(r.updatedAt),
    nextReviewDate,
    signedAt: signoff ? str(signoff.signedAt) || null : null,
    deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : null,
    unreadable: a.format === undefined || typeof a.id !== 'string',
    previousVersionId: typeof a.previousVersionId === 'string' ? a.previousVersionId : null,
    signoffKind: signoff && SIGNOFF_KINDS.includes(signoff.kind) ? signoff.kind : null,
    laterDecision: laterDecisionOf(a.laterDecision),
    endedOn: str(a.endedOn),
    reviewOfVersion: review && review.previousId === a.previousVersionId && typeof review.previousVersion === 'number' ? review.previousVersion : null,
    ...lifecycleOf(a, nextReviewDate, today),
  };
}
