// What the lists and the register know of an assessment without its document: the summary store's rows.
// Types only, so the database schema (db.ts) and the summary read path need nothing from the domain at run time.
import type { Assessment, IsoDate, IsoDateTime, LaterDecision, Outcome, Policy, SignoffKind } from '../assessments/camera/domain';
import type { AreaSummary, RegisterDoc } from '../assessments/camera/summary-parts';

export type { AreaSummary, RegisterDoc };
export type AssessmentStatus = 'draft' | 'signed' | 'ended';

/** No surveillance goes on from this day on ('' never by date; ALWAYS_OVER when rejected). Judged at read time. */
export const ALWAYS_OVER = '0000-01-01';

/**
 * What the kind's summarize() returns for one document: evaluated once, when the document is saved, with the
 * app's clock. Nothing in it depends on the day the list is read; `overFrom` and `nextReviewDate` let the
 * reader judge that on its own `today`.
 */
export interface Summary {
  id: string;
  version: number;
  revision: number;
  status: AssessmentStatus;
  /** Outcome as evaluated at the last save; null if evaluation failed (the save still succeeds). */
  outcome: Outcome | null;
  schoolName: string;
  /** The kind's parts in brief, for the list (the stored name predates kinds; summaries on devices carry it). */
  areaSummary: AreaSummary;
  updatedAt: IsoDateTime;
  nextReviewDate: IsoDate;
  signedAt: IsoDateTime | null;
  /** Signed (a signoff is stored): only these can be due for review or over. */
  signed: boolean;
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
  /** See ALWAYS_OVER. */
  overFrom: IsoDate;
  /**
   * What the register needs of this document (the kind's own shape; storage never reads it): the document
   * pruned to the fields the register reads. null when the document could not be read.
   */
  register: RegisterDoc | null;
}

/**
 * A row of the summary store: the summary without the register's copy (kept in a store of its own since v5, so
 * the home list reads only what it shows), plus what storage itself knows of the row.
 */
export interface StoredSummary extends Omit<Summary, 'register'> {
  /** Set while the assessment lies in the bin. */
  deletedAt: IsoDateTime | null;
  /** The stored row is damaged; opening it shows what restore could not read. */
  unreadable: boolean;
}

/** What the list shows: the stored summary judged on the day it is read. */
export interface AssessmentSummary extends StoredSummary {
  /** On the day the list was read: whether the annual review is due (the domain's reviewStatus). */
  reviewStatus: 'not-due' | 'due-soon' | 'overdue';
  /** On that day: no surveillance goes on (ended, every camera ended, or rejected). */
  surveillanceOver: boolean;
}

/**
 * The kind's summarize, injected once from main.tsx (it evaluates with the app's one clock): storage never
 * evaluates. `today` is that same clock, for judging due dates when a list is read.
 */
export interface Summarizer {
  summarize: (doc: Assessment, policy: Policy) => Summary;
  today: () => IsoDate;
}
