// The summary read path: the home list, the bin and the register read the summary store (the register also
// its store of pruned copies), never whole documents. Kept small on purpose (idb and types only; no valibot,
// no rules, no xstate): the home page can import this alone on a first visit. Writing summaries happens with
// each row (see rows.ts).
import { dueStatus } from '../engine/days';
import { withDb } from './db';
import type { KbDatabase } from './db';
import type { AssessmentSummary, RegisterDoc, StoredSummary } from './summary-types';

export type { AssessmentSummary, StoredSummary, Summarizer } from './summary-types';

import { summarizerReady, todayNow } from './summarizer';
import { storeKindReady } from './store-kind';

export { provideSummarizer, provideSummarizerLater, summarizer, summarizerReady } from './summarizer';

/** The stored summary judged on `today`: the domain's surveillanceOver and reviewStatus, from stored dates. */
export function onDay(s: StoredSummary, today: string): AssessmentSummary {
  const over = s.signed && s.overFrom !== '' && s.overFrom <= today;
  const reviewStatus = s.signed && !over ? dueStatus(s.nextReviewDate, today) : 'not-due';
  return { ...s, reviewStatus, surveillanceOver: over };
}

/**
 * Every summary (and with `registers`, every register copy, read in the same transaction), after making sure
 * every row has one: a database upgraded from v1 is back-filled once (in one transaction, by the lazily loaded
 * back-fill), so a list never lacks an assessment that is stored.
 */
async function readAll(registers = false): Promise<{ summaries: StoredSummary[]; registers: RegisterDoc[] }> {
  const read = async (db: KbDatabase) => {
    const tx = db.transaction(['assessments', 'summaries', 'registers'], 'readonly');
    const [rows, summaries, copies] = await Promise.all([
      tx.objectStore('assessments').count(),
      tx.objectStore('summaries').getAll(),
      registers ? tx.objectStore('registers').getAll() : [],
    ]);
    return { rows, summaries, registers: copies };
  };
  const first = await withDb(read);
  if (first.rows === first.summaries.length) return first;
  const { backfillSummaries } = await import('./summary-backfill');
  const [summarizer] = await Promise.all([summarizerReady(), storeKindReady()]);
  await backfillSummaries(summarizer);
  return withDb(read);
}

/** Today on the app's one clock: the summarizer provided last (tests provide others). */
const today = async (): Promise<string> => todayNow() ?? (await summarizerReady()).today();

const byNewest = (a: StoredSummary, b: StoredSummary): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Assessments not in the bin, most recently changed first; due reviews judged on `day` (default: the app's today). */
export async function listSummaries(day?: string): Promise<AssessmentSummary[]> {
  const [{ summaries: all }, on] = await Promise.all([readAll(), day ?? today()]);
  return all
    .filter((s) => s.deletedAt === null)
    .sort(byNewest)
    .map((s) => onDay(s, on));
}

/** The bin, most recently deleted first. */
export async function listBin(): Promise<AssessmentSummary[]> {
  const [{ summaries: all }, on] = await Promise.all([readAll(), today()]);
  return all
    .filter((s) => s.deletedAt !== null)
    .sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
    .map((s) => onDay(s, on));
}

/** What the register reads of every readable assessment not in the bin (drafts included: they head chains). */
export async function listRegister(): Promise<RegisterDoc[]> {
  const { summaries, registers } = await readAll(true);
  const listed = new Set(summaries.flatMap((s) => (s.deletedAt === null && !s.unreadable ? [s.id] : [])));
  return registers.filter((r) => listed.has(r.id));
}
