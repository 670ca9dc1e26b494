// Turning an assessment into the stored row and its summary. Storage never evaluates: the summary comes from
// the kind's summarize, injected once by main.tsx with the app's clock (summaries.ts).
import type { IsoDateTime } from '../engine/dates';
import type { StoreDoc, StorePolicy } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import type { AssessmentRecord, AssessmentStatus, VersionRecord } from './db';
import { summarizer } from './summarizer';
import { storeKind } from './store-kind';
import type { RegisterDoc, StoredSummary, Summary } from './summary-types';

export function statusOf(a: Pick<StoreDoc, 'endedOn' | 'signoff'>): AssessmentStatus {
  if (a.endedOn !== '') return 'ended';
  return a.signoff ? 'signed' : 'draft';
}

/** An assessment's row, its summary and the register's copy (null: none), to be written in one transaction. */
export interface Row {
  record: AssessmentRecord;
  summary: StoredSummary;
  register: RegisterDoc | null;
}

/** A summary as stored: the register's copy goes to a store of its own. */
export function splitSummary(s: Summary, deletedAt: IsoDateTime | null, unreadable: boolean): { summary: StoredSummary; register: RegisterDoc | null } {
  const { register, ...lean } = s;
  return { summary: { ...lean, deletedAt, unreadable }, register };
}

/**
 * The row and summary of a valid document. If the kind's summarize throws, the answers are still saved, with
 * the summary storage can read without evaluating (outcome unknown): the list entry is a convenience.
 */
export function toRow(a: StoreDoc, policy: StorePolicy, deletedAt: IsoDateTime | null): Row {
  const kind = summarizer();
  let summary: Summary;
  try {
    summary = { ...kind.summarize(a, policy), id: a.id };
  } catch {
    summary = fallbackSummary(a);
  }
  const record: AssessmentRecord = {
    id: a.id,
    assessment: a,
    status: statusOf(a),
    outcome: summary.outcome,
    schoolName: a.school.schoolName,
    areaSummary: summary.areaSummary,
    updatedAt: a.updatedAt,
    nextReviewDate: summary.nextReviewDate,
    deletedAt,
  };
  return { record, ...splitSummary(summary, deletedAt, false) };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const obj = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const SIGNOFF_KINDS: readonly string[] = ['decision', 'review-request', 'referral'];

function laterDecisionOf(v: unknown): Summary['laterDecision'] {
  const d = obj(v);
  if (!d || (d.by !== 'administration' && d.by !== 'owner') || (d.result !== 'approved' && d.result !== 'rejected')) return null;
  return { by: d.by, result: d.result, date: str(d.date) };
}

/**
 * What storage can say of a document without its kind: for a row that does not restore, or one the kind's
 * summarize could not evaluate. Untrusted input: anything odd reads as empty, never as a broken list.
 */
export function fallbackSummary(raw: unknown, row?: { outcome?: unknown; nextReviewDate?: unknown }): Summary {
  const a = obj(raw) ?? {};
  const school = obj(a.school);
  const signoff = obj(a.signoff);
  const review = obj(obj(a.annualReview)?.reviewOf);
  const previousVersionId = typeof a.previousVersionId === 'string' ? a.previousVersionId : null;
  const endedOn = str(a.endedOn);
  return {
    id: str(a.id),
    version: num(a.version),
    revision: num(a.revision),
    status: statusOf({ endedOn, signoff: signoff as StoreDoc['signoff'] }),
    outcome: typeof row?.outcome === 'string' ? (row.outcome as Summary['outcome']) : null,
    schoolName: str(school?.schoolName),
    // The kind's reading of untrusted parts: storage only passes them on.
    areaSummary: storeKind().partsOf(raw),
    updatedAt: str(a.updatedAt),
    nextReviewDate: str(row?.nextReviewDate) || str(obj(a.decision)?.nextReviewDate),
    signedAt: signoff ? str(signoff.signedAt) || null : null,
    // Not judged: a document the kind cannot read is never due and never over.
    signed: false,
    previousVersionId,
    signoffKind: signoff && SIGNOFF_KINDS.includes(str(signoff.kind)) ? (signoff.kind as NonNullable<Summary['signoffKind']>) : null,
    laterDecision: laterDecisionOf(a.laterDecision),
    endedOn,
    reviewOfVersion: review && review.previousId === previousVersionId && typeof review.previousVersion === 'number' ? review.previousVersion : null,
    overFrom: '',
    register: null,
  };
}

/** The immutable row of a signed version: the document beside the record of what was signed. */
export function toVersionRecord(a: StoreDoc, signed: StoreSignedRecord): VersionRecord | null {
  if (!a.signoff) return null;
  return { id: a.id, version: a.version, signedAt: a.signoff.signedAt, fingerprint: signed.fingerprint, assessment: a, signed };
}

/** Whether two signed documents are the same signing (the stored version is never replaced by another). */
export function sameSigning(stored: VersionRecord, a: StoreDoc): boolean {
  return a.signoff !== null && stored.fingerprint === a.signoff.fingerprint && stored.signedAt === a.signoff.signedAt;
}
