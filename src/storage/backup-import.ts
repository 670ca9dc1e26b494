// Import: read a backup, plan it against what is stored, show the plan, then apply it all in one transaction.
import type { StorePolicy } from '../engine/kind';
import type { AttachmentRecord } from './attachments';
import type { DocumentWrite } from './backup-documents';
import { backupErrors } from './backup-format';
import type { BackupError } from './backup-format';
import { readBackup } from './backup-parse';
import { planImport } from './backup-plan';
import type { ImportPlan, Write } from './backup-plan';
import { unwrap } from 'idb';
import { commitAll, describeError, withDb } from './db';
import type { AssessmentRecord } from './db';
import type { Row } from './records';
import { storageFailure } from './errors';
import { noteDataSaved } from './persistence';
import { forgetCachedSettings } from './settings';
import { broadcast } from './tabs';

export type { ImportAction, ImportItem, ImportPlan } from './backup-plan';

export type ImportResult = { ok: true; added: number; updated: number; conflicts: number } | { ok: false; error: BackupError };

// The writes stay private to this module: only a plan made by parseBackup can be applied.
const planWrites = new WeakMap<ImportPlan, { writes: Write[]; documents: DocumentWrite[]; policy: StorePolicy | null; attachments: AttachmentRecord[] }>();

export interface ParseOptions {
  /** Ids for the copies kept on a conflict (default crypto.randomUUID). */
  newId?: () => string;
  /** Free space the browser grants the app, in bytes; default navigator.storage.estimate(), null when unknown. */
  freeBytes?: () => Promise<number | null>;
}

/** What the browser says is left for this app; null where it cannot say (then only the fixed limits apply). */
async function estimateFreeBytes(): Promise<number | null> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } }).navigator?.storage;
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? Math.max(0, quota - usage) : null;
  } catch {
    return null;
  }
}

/** Reads and checks a backup file and plans its import. Never throws; nothing is written. */
export async function parseBackup(text: string, options: ParseOptions = {}): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: BackupError }> {
  const read = await readBackup(text);
  if (!read.ok) return read;
  try {
    // The stored rows take about as many bytes as the file has characters (UTF-16 in memory, less on disk).
    const free = await (options.freeBytes ?? estimateFreeBytes)();
    if (free !== null && text.length > free) return { ok: false, error: backupErrors.noSpace(text.length, free) };
    const planned = await planImport(read.backup, options.newId ?? (() => crypto.randomUUID()), new Date().toISOString());
    if (!planned.ok) return planned;
    planWrites.set(planned.plan, { writes: planned.writes, documents: planned.documents, policy: planned.policy, attachments: read.backup.attachments });
    return { ok: true, plan: planned.plan };
  } catch (e) {
    const failure = storageFailure(e);
    return { ok: false, error: backupErrors.storage(failure.reason, failure.error) };
  }
}

class StalePlan extends Error {}

/** A document added or changed (another tab) since the plan was made: the plan no longer says what happens. */
async function staleDocuments(store: { get(id: string): Promise<{ updatedAt: string } | undefined> }, writes: DocumentWrite[]): Promise<boolean> {
  const toCheck = writes.filter((d) => d.row !== null);
  const rows = await Promise.all(toCheck.map((d) => store.get(d.row?.id ?? '')));
  return toCheck.some((d, i) => (d.expectUpdatedAt === null ? rows[i] !== undefined : rows[i]?.updatedAt !== d.expectUpdatedAt));
}

/**
 * A row added or changed (another tab) since the plan was made. Only the ids already stored are read: into an
 * empty database, no row is read at all.
 */
async function staleRows(store: { getAllKeys(): Promise<string[]>; get(id: string): Promise<AssessmentRecord | undefined> }, writes: Write[]): Promise<boolean> {
  const stored = new Set(await store.getAllKeys());
  const toCheck = writes.filter((w) => w.record !== null);
  if (toCheck.some((w) => (w.expectRevision === null) === stored.has(w.targetId))) return true;
  const rows = await Promise.all(toCheck.flatMap((w) => (w.expectRevision === null ? [] : [store.get(w.targetId).then((r) => r?.assessment?.revision === w.expectRevision)])));
  return rows.some((same) => !same);
}

/** Applies a plan from parseBackup: everything in one transaction, or nothing at all. Never throws. */
export async function applyImport(plan: ImportPlan): Promise<ImportResult> {
  const planned = planWrites.get(plan);
  if (!planned) return { ok: false, error: backupErrors.changedSinceCheck() };
  // The error of the request that failed: the transaction's own error may still be unset when tx.done rejects.
  let failed: unknown = null;
  try {
    await withDb(async (db) => {
      const tx = db.transaction(['assessments', 'versions', 'settings', 'summaries', 'registers', 'documents', 'attachments'], 'readwrite');
      unwrap(tx).addEventListener('error', (event) => (failed ??= event.target instanceof IDBRequest ? event.target.error : null));
      const done = tx.done;
      done.catch(() => undefined); // an abort below rejects it; the error we throw says why
      if ((await staleRows(tx.objectStore('assessments'), planned.writes)) || (await staleDocuments(tx.objectStore('documents'), planned.documents))) {
        tx.abort();
        throw new StalePlan();
      }
      // Native requests, no promise each: thousands of rows are written in one go. A request that fails aborts
      // the transaction (its error rejects tx.done, which commitAll awaits); one that throws aborts it here.
      const assessments = unwrap(tx.objectStore('assessments'));
      const summaries = unwrap(tx.objectStore('summaries'));
      const registers = unwrap(tx.objectStore('registers'));
      const versions = unwrap(tx.objectStore('versions'));
      await commitAll(tx, (ops) => {
        for (const w of planned.writes) {
          // Each row with its summary and register copy, in this one transaction.
          if (w.record) putRow(w.record, 'put');
          if (w.keep) putRow(w.keep, 'add');
          // add, not put: a signed version that appeared since the plan aborts the whole import.
          for (const v of w.versions) versions.add(v);
        }
        for (const d of planned.documents) if (d.row) ops.push(tx.objectStore('documents').put(d.row));
        if (planned.policy) ops.push(tx.objectStore('settings').put({ key: 'policy', value: planned.policy }));
        // Named by their hash, checked on reading: putting one already stored writes the same bytes again.
        for (const image of planned.attachments) ops.push(tx.objectStore('attachments').put(image));
      });
      function putRow(row: Row, how: 'put' | 'add'): void {
        assessments[how](row.record);
        summaries.put(row.summary);
        if (row.register) registers.put(row.register);
        else registers.delete(row.record.id);
      }
    });
  } catch (e) {
    if (e instanceof StalePlan || describeError(failed ?? e).name === 'ConstraintError') return { ok: false, error: backupErrors.changedSinceCheck() };
    const failure = storageFailure(e);
    return { ok: false, error: backupErrors.storage(failure.reason, failure.error) };
  }
  planWrites.delete(plan); // applied once; a second apply would find changed data anyway
  if (planned.policy) forgetCachedSettings();
  for (const w of planned.writes) {
    if (w.record) broadcast({ type: 'saved', id: w.targetId, revision: w.record.record.assessment.revision });
    if (w.keep) broadcast({ type: 'saved', id: w.keep.record.id, revision: w.keep.record.assessment.revision });
  }
  noteDataSaved().catch(() => undefined);
  return { ok: true, added: plan.counts.add, updated: plan.counts.update, conflicts: plan.counts.conflict };
}
