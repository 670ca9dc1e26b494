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
    summary = storeKind().summaryOfRaw(a);
  }
  const record: AssessmentRecord = {
    id: a.id,
    assessment: a,
    status: statusOf(a),
    outcome: summary.outcome,
    schoolName: summary.schoolName,
    areaSummary: summary.areaSummary,
    updatedAt: a.updatedAt,
    nextReviewDate: summary.nextReviewDate,
    deletedAt,
  };
  return { record, ...splitSummary(summary, deletedAt, false) };
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
