// What the lists and the register know of an assessment without its document: the summary store's rows.
// Types only, so the database schema (db.ts) and the summary read path need nothing from the domain at run time.
import type { IsoDate, IsoDateTime } from '../engine/dates';
import type { StoreDoc, StoreKindTypes, StorePolicy, StoreStatus, StoreSummary } from '../engine/kind';

export type AssessmentStatus = StoreStatus;
/** The summary a save stores: the engine's shape, with the store's kind's outcome, parts and register copy. */
export type Summary = StoreSummary;
/** The list's parts of one document, in the store's kind's own shape. */
export type AreaSummary = StoreKindTypes['parts'];
/** The register's copy of one document, in the store's kind's own shape. */
export type RegisterDoc = StoreKindTypes['register'];

/** No surveillance goes on from this day on ('' never by date; ALWAYS_OVER when rejected). Judged at read time. */
export const ALWAYS_OVER = '0000-01-01';

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
  summarize: (doc: StoreDoc, policy: StorePolicy) => Summary;
  today: () => IsoDate;
}
