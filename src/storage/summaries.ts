// The summary read path: the home list, the bin and the register read the summary store, never whole
// documents. Kept small on purpose (idb and types only; no valibot, no rules, no xstate): the home page
// can import this alone on a first visit. Writing summaries happens with each row (see rows.ts).
import { dueStatus } from '../engine/days';
import { withDb } from './db';
import type { KbDatabase } from './db';
import type { AssessmentSummary, RegisterDoc, StoredSummary } from './summary-types';

export type { AssessmentSummary, StoredSummary, Summarizer } from './summary-types';

import { summarizerReady, todayNow } from './summarizer';

export { provideSummarizer, provideSummarizerLater, summarizer, summarizerReady } from './summarizer';

/** The stored summary judged on `today`: the domain's surveillanceOver and reviewStatus, from stored dates. */
export function onDay(s: StoredSummary, today: string): AssessmentSummary {
  const over = s.signed && s.overFrom !== '' && s.overFrom <= today;
  const reviewStatus = s.signed && !over ? dueStatus(s.nextReviewDate, today) : 'not-due';
  return { ...s, reviewStatus, surveillanceOver: over };
}

/**
 * Every summary, after making sure every row has one: a database upgraded from v1 is back-filled once (in one
 * transaction, by the lazily loaded back-fill), so a list never lacks an assessment that is stored.
 */
async function readAll(): Promise<StoredSummary[]> {
  const read = (db: KbDatabase) => {
    const tx = db.transaction(['assessments', 'summaries'], 'readonly');
    return Promise.all([tx.objectStore('assessments').count(), tx.objectStore('summaries').getAll()]);
  };
  const [rows, summaries] = await withDb(read);
  if (rows === summaries.length) return summaries;
  const { backfillSummaries } = await import('./summary-backfill');
  await backfillSummaries(await summarizerReady());
  return (await withDb(read))[1];
}

/** Today on the app's one clock: the summarizer provided last (tests provide others). */
const today = async (): Promise<string> => todayNow() ?? (await summarizerReady()).today();

const byNewest = (a: StoredSummary, b: StoredSummary): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Assessments not in the bin, most recently changed first; due reviews judged on `day` (default: the app's today). */
export async function listSummaries(day?: string): Promise<AssessmentSummary[]> {
  const [all, on] = await Promise.all([readAll(), day ?? today()]);
  return all
    .filter((s) => s.deletedAt === null)
    .sort(byNewest)
    .map((s) => onDay(s, on));
}

/** The bin, most recently deleted first. */
export async function listBin(): Promise<AssessmentSummary[]> {
  const [all, on] = await Promise.all([readAll(), today()]);
  return all
    .filter((s) => s.deletedAt !== null)
    .sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
    .map((s) => onDay(s, on));
}

/** What the register reads of every readable assessment not in the bin (drafts included: they head chains). */
export async function listRegister(): Promise<RegisterDoc[]> {
  return (await readAll()).flatMap((s) => (s.deletedAt === null && s.register !== null ? [s.register] : []));
}
