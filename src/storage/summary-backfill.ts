// Fills the summary store from the stored rows: once after the upgrade from v1 (which had none), and for any
// row that somehow lacks one. Idempotent, in one transaction with the rows it reads, so two tabs doing it at
// once write the same summaries and a list never sees half of them. Loaded lazily by summaries.ts.
import { commitAll, withDb } from './db';
import type { AssessmentRecord } from './db';
import { splitSummary, toRow } from './records';
import type { Row } from './records';
import { getPolicy } from './settings';
import type { Summarizer } from './summary-types';
import { storeKind } from './store-kind';

/** The summary of a row read from disk: the kind's, or for a row that does not restore, what storage can read. */
export function summaryOfStoredRow(r: AssessmentRecord, policy: Parameters<Summarizer['summarize']>[1]): Pick<Row, 'summary' | 'register'> {
  const deletedAt = typeof r.deletedAt === 'string' ? r.deletedAt : null;
  const restored = storeKind().restore(r.assessment);
  const id = String(r.id);
  if (restored.ok) {
    const { summary, register } = toRow(restored.value, policy, deletedAt);
    // Keyed as the row is, so the summary, the copy and the row always go together.
    return { summary: { ...summary, id }, register: register && { ...register, id } };
  }
  return { summary: splitSummary({ ...storeKind().summaryOfRaw(r.assessment, r), id }, deletedAt, true).summary, register: null };
}

/**
 * Gives every row without a summary its summary (and the register its copy), and drops summaries and copies
 * without a row; returns how many summaries changed.
 */
export async function backfillSummaries(_ready: Summarizer): Promise<number> {
  const policy = await getPolicy();
  return withDb(async (db) => {
    const tx = db.transaction(['assessments', 'summaries', 'registers'], 'readwrite');
    const [rows, keys, registerKeys] = await Promise.all([
      tx.objectStore('assessments').getAll(),
      tx.objectStore('summaries').getAllKeys(),
      tx.objectStore('registers').getAllKeys(),
    ]);
    const have = new Set(keys);
    const ids = new Set(rows.map((r) => r.id));
    let changed = 0;
    await commitAll(tx, (writes) => {
      for (const r of rows) {
        if (have.has(r.id)) continue;
        const { summary, register } = summaryOfStoredRow(r, policy);
        writes.push(tx.objectStore('summaries').put(summary));
        if (register) writes.push(tx.objectStore('registers').put(register));
        changed++;
      }
      for (const k of keys) {
        if (ids.has(k)) continue;
        writes.push(tx.objectStore('summaries').delete(k));
        changed++;
      }
      for (const k of registerKeys) if (!ids.has(k)) writes.push(tx.objectStore('registers').delete(k));
    });
    return changed;
  });
}
