// Fills the summary store from the stored rows: once after the upgrade from v1 (which had none), and for any
// row that somehow lacks one. Idempotent, in one transaction with the rows it reads, so two tabs doing it at
// once write the same summaries and a list never sees half of them. Loaded lazily by summaries.ts.
import { restore } from '../assessments/camera/domain';
import { commitAll, withDb } from './db';
import type { AssessmentRecord } from './db';
import { fallbackSummary, toRow } from './records';
import { getPolicy } from './settings';
import type { StoredSummary, Summarizer } from './summary-types';

/** The summary of a row read from disk: the kind's, or for a row that does not restore, what storage can read. */
export function summaryOfStoredRow(r: AssessmentRecord, policy: Parameters<Summarizer['summarize']>[1]): StoredSummary {
  const deletedAt = typeof r.deletedAt === 'string' ? r.deletedAt : null;
  const restored = restore(r.assessment);
  if (restored.ok) return { ...toRow(restored.value, policy, deletedAt).summary, id: String(r.id) };
  return { ...fallbackSummary(r.assessment, r), id: String(r.id), deletedAt, unreadable: true };
}

/** Gives every row without a summary its summary, and drops summaries without a row; returns how many changed. */
export async function backfillSummaries(_ready: Summarizer): Promise<number> {
  const policy = await getPolicy();
  return withDb(async (db) => {
    const tx = db.transaction(['assessments', 'summaries'], 'readwrite');
    const [rows, keys] = await Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('summaries').getAllKeys()]);
    const have = new Set(keys);
    const ids = new Set(rows.map((r) => r.id));
    let changed = 0;
    await commitAll(tx, (writes) => {
      for (const r of rows) if (!have.has(r.id)) writes.push(tx.objectStore('summaries').put(summaryOfStoredRow(r, policy)));
      for (const k of keys) if (!ids.has(k)) writes.push(tx.objectStore('summaries').delete(k));
      changed = writes.length;
    });
    return changed;
  });
}
