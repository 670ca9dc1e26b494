// Import: read a backup, plan it against what is stored, show the plan, then apply it all in one transaction.
import type { Policy } from '../assessments/camera/domain';
import type { AttachmentRecord } from './attachments';
import type { DocumentWrite } from './backup-documents';
import { backupErrors } from './backup-format';
import type { BackupError } from './backup-format';
import { readBackup } from './backup-parse';
import { planImport } from './backup-plan';
import type { ImportPlan, Write } from './backup-plan';
import { commitAll, describeError, withDb } from './db';
import { storageFailure } from './errors';
import { noteDataSaved } from './persistence';
import { forgetCachedSettings } from './settings';
import { broadcast } from './tabs';

export type { ImportAction, ImportItem, ImportPlan } from './backup-plan';

export type ImportResult = { ok: true; added: number; updated: number; conflicts: number } | { ok: false; error: BackupError };

// The writes stay private to this module: only a plan made by parseBackup can be applied.
const planWrites = new WeakMap<ImportPlan, { writes: Write[]; documents: DocumentWrite[]; policy: Policy | null; attachments: AttachmentRecord[] }>();

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

/** Applies a plan from parseBackup: everything in one transaction, or nothing at all. Never throws. */
export async function applyImport(plan: ImportPlan): Promise<ImportResult> {
  const planned = planWrites.get(plan);
  if (!planned) return { ok: false, error: backupErrors.changedSinceCheck() };
  try {
    await withDb(async (db) => {
      const tx = db.transaction(['assessments', 'versions', 'settings', 'summaries', 'documents', 'attachments'], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined); // an abort below rejects it; the error we throw says why
      const assessments = tx.objectStore('assessments');
      const toCheck = planned.writes.filter((w) => w.record !== null);
      const current = await Promise.all(toCheck.map((w) => assessments.get(w.targetId)));
      const stale = toCheck.some((w, i) => {
        const row = current[i];
        return w.expectRevision === null ? row !== undefined : row?.assessment?.revision !== w.expectRevision;
      }) || (await staleDocuments(tx.objectStore('documents'), planned.documents));
      if (stale) {
        tx.abort();
        throw new StalePlan();
      }
      await commitAll(tx, (ops) => {
        const summaries = tx.objectStore('summaries');
        for (const w of planned.writes) {
          // Each row with its summary, in this one transaction.
          // One push per write: a write that throws must not lose the one before it (commitAll settles them).
          if (w.record) {
            ops.push(assessments.put(w.record.record));
            ops.push(summaries.put(w.record.summary));
          }
          if (w.keep) {
            ops.push(assessments.add(w.keep.record));
            ops.push(summaries.put(w.keep.summary));
          }
          // add, not put: a signed version that appeared since the plan aborts the whole import.
          for (const v of w.versions) ops.push(tx.objectStore('versions').add(v));
        }
        for (const d of planned.documents) if (d.row) ops.push(tx.objectStore('documents').put(d.row));
        if (planned.policy) ops.push(tx.objectStore('settings').put({ key: 'policy', value: planned.policy }));
        // Named by their hash, checked on reading: putting one already stored writes the same bytes again.
        for (const image of planned.attachments) ops.push(tx.objectStore('attachments').put(image));
      });
    });
  } catch (e) {
    if (e instanceof StalePlan || describeError(e).name === 'ConstraintError') return { ok: false, error: backupErrors.changedSinceCheck() };
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
