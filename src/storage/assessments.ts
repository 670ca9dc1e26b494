// Assessments on this device: list, load (through restore), save with a revision check, signed versions.
import type { IsoDateTime } from '../engine/dates';
import type { StoreDoc } from '../engine/kind';
import type { StoreProblem, StoreSignedRecord } from '../engine/store-kind';
import { commitAll, withDb } from './db';
import { forgetImages } from './attachments';
import { storageFailure } from './errors';
import type { StorageFailure } from './errors';
import { installAllows } from './install';
import { noteDataSaved, requestPersistenceOnce } from './persistence';
import { toRow, toVersionRecord } from './records';
import { getPolicy } from './settings';
import { expectSigned, judgeSigned } from './signed-versions';
import { storeKind } from './store-kind';
import { broadcast } from './tabs';

export type SaveResult =
  | { ok: true; revision: number; assessment: StoreDoc }
  /** Another tab (or an import) saved a newer revision; `stored` is what is on disk now. */
  | { ok: false; reason: 'conflict'; stored: StoreDoc }
  /** A signed version is stored under this id and version and is never replaced. */
  | { ok: false; reason: 'signed'; error: string }
  /** Everything was erased since this tab started ("Ta bort allt", maybe in another tab): nothing is written back. */
  | { ok: false; reason: 'erased'; error: string }
  | StorageFailure;

export type LoadResult =
  | { ok: true; assessment: StoreDoc; deletedAt: IsoDateTime | null; migratedFrom: number | null; notes: StoreProblem[] }
  | { ok: false; reason: 'not-found' }
  /** The stored data could not be read; `problems` say where. */
  | { ok: false; reason: 'invalid'; problems: StoreProblem[] }
  | StorageFailure;

export type OpResult = { ok: true } | { ok: false; reason: 'not-found' } | StorageFailure;

/** Data from disk is untrusted: everything goes through restore, which also migrates old documents. */
export async function load(id: string): Promise<LoadResult> {
  try {
    const record = await withDb((db) => db.get('assessments', id));
    if (!record) return { ok: false, reason: 'not-found' };
    const restored = storeKind().restore(record.assessment);
    if (!restored.ok) return { ok: false, reason: 'invalid', problems: restored.problems };
    const deletedAt = typeof record.deletedAt === 'string' ? record.deletedAt : null;
    return { ok: true, assessment: restored.value, deletedAt, migratedFrom: restored.migratedFrom, notes: restored.notes };
  } catch (e) {
    return storageFailure(e);
  }
}

/** The immutable signed versions of one assessment, oldest first (unreadable ones left out). */
export async function listVersions(id: string): Promise<StoreDoc[]> {
  const rows = await withDb((db) => db.getAll('versions', IDBKeyRange.bound([id, -Infinity], [id, Infinity])));
  return rows.flatMap((r) => {
    const restored = storeKind().restore(r.assessment);
    return restored.ok ? [restored.value] : [];
  });
}

/**
 * Saves the principal's answers if the stored revision is still `expectedRevision`; the stored copy gets
 * revision `expectedRevision + 1`. Signing writes the immutable version, with `signed` (the record made at
 * signing), in the same transaction. A signed document is held to its stored record, never re-derived.
 */
export async function save(a: StoreDoc, expectedRevision: number, signed?: StoreSignedRecord): Promise<SaveResult> {
  try {
    const saved: StoreDoc = { ...a, revision: expectedRevision + 1 };
    const row = toRow(saved, await getPolicy(), null);
    const expected = await expectSigned(saved, signed);
    // Images the stored copy named and this one does not: deleted once no other document names them.
    let dropped: string[] = [];
    const outcome = await withDb(async (db) => {
      // The summary is written with the row, in this transaction: the list never disagrees with the document.
      const tx = db.transaction(['assessments', 'versions', 'settings', 'meta', 'summaries', 'registers'], 'readwrite');
      if (!(await installAllows(tx.objectStore('meta')))) return { erased: true };
      const stored = await tx.objectStore('assessments').get(a.id);
      if (stored && stored.assessment?.revision !== expectedRevision) return { conflict: stored.assessment as unknown };
      const storedVersion = await tx.objectStore('versions').get([a.id, a.version]);
      const verdict = judgeSigned(storedVersion, saved, expected);
      if (!verdict.ok) return { signed: verdict.error };
      const deletedAt = stored?.deletedAt ?? null;
      const named = new Set(storeKind().imageRefsIn(saved));
      dropped = storeKind().imageRefsIn(stored?.assessment).filter((h) => !named.has(h));
      await commitAll(tx, (writes) => {
        writes.push(tx.objectStore('assessments').put({ ...row.record, deletedAt }));
        writes.push(tx.objectStore('summaries').put({ ...row.summary, deletedAt }));
        writes.push(row.register ? tx.objectStore('registers').put(row.register) : tx.objectStore('registers').delete(a.id));
        const version = verdict.add && toVersionRecord(saved, verdict.add);
        if (version) {
          writes.push(tx.objectStore('versions').add(version));
          writes.push(tx.objectStore('settings').put({ key: 'lastSignedAt', value: new Date().toISOString() }));
        }
        if (storedVersion && verdict.backfill) writes.push(tx.objectStore('versions').put({ ...storedVersion, signed: verdict.backfill }));
      });
      return null;
    });
    if (outcome && 'erased' in outcome) return { ok: false, reason: 'erased', error: 'The data on this device was erased after this tab opened.' };
    if (outcome && 'conflict' in outcome) {
      const restored = storeKind().restore(outcome.conflict);
      if (restored.ok) return { ok: false, reason: 'conflict', stored: restored.value };
      return { ok: false, reason: 'unknown', error: `The stored copy of ${a.id} is newer but unreadable: ${restored.problems[0]?.message.en ?? ''}` };
    }
    if (outcome) return { ok: false, reason: 'signed', error: outcome.signed };
    broadcast({ type: 'saved', id: a.id, revision: saved.revision });
    await afterSave(dropped);
    return { ok: true, revision: saved.revision, assessment: saved };
  } catch (e) {
    return storageFailure(e);
  }
}

async function afterSave(dropped: readonly string[]): Promise<void> {
  requestPersistenceOnce();
  // The save stands either way: an image that could not be deleted now is deleted after a later save or the bin.
  await forgetImages(dropped).catch(() => undefined);
  // The wipe marker is a warning aid; failing to write it must not turn a good save into an error.
  await noteDataSaved().catch(() => undefined);
}

/** A new, unsigned copy under `newId` (used by "duplicate" and by "keep both"). */
export function copyOf(a: StoreDoc, newId: string, now: IsoDateTime): StoreDoc {
  return {
    ...structuredClone(a),
    id: newId,
    version: 1,
    previousVersionId: null,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    signoff: null,
    laterDecision: null,
  };
}

export async function duplicate(id: string, newId: string, now: IsoDateTime): Promise<SaveResult | { ok: false; reason: 'not-found' | 'invalid' }> {
  const loaded = await load(id);
  if (!loaded.ok) return loaded.reason === 'invalid' ? { ok: false, reason: 'invalid' } : loaded;
  return save(copyOf(loaded.assessment, newId, now), 0);
}

async function setDeletedAt(id: string, deletedAt: IsoDateTime | null): Promise<OpResult> {
  try {
    const found = await withDb(async (db) => {
      const tx = db.transaction(['assessments', 'summaries'], 'readwrite');
      const [record, summary] = await Promise.all([tx.objectStore('assessments').get(id), tx.objectStore('summaries').get(id)]);
      if (!record) return false;
      await commitAll(tx, (writes) => {
        writes.push(tx.objectStore('assessments').put({ ...record, deletedAt }));
        // A row from before v2 without its summary yet: the back-fill gives it one, bin state included.
        if (summary) writes.push(tx.objectStore('summaries').put({ ...summary, deletedAt }));
      });
      return true;
    });
    return found ? { ok: true } : { ok: false, reason: 'not-found' };
  } catch (e) {
    return storageFailure(e);
  }
}

/** "Ta bort": into the bin, from which undoBin brings it back. */
export async function moveToBin(id: string, now: IsoDateTime = new Date().toISOString()): Promise<OpResult> {
  const result = await setDeletedAt(id, now);
  if (result.ok) broadcast({ type: 'binned', id });
  return result;
}

export function undoBin(id: string): Promise<OpResult> {
  return setDeletedAt(id, null);
}

/** Deletes, in one transaction, the binned rows `pick` chooses (with their signed versions); returns their ids. */
async function deleteBinned(pick: (id: string) => boolean): Promise<string[]> {
  const images: string[] = [];
  const ids = await withDb(async (db) => {
    const tx = db.transaction(['assessments', 'versions', 'summaries', 'registers'], 'readwrite');
    // Read and delete in the same transaction, so an undo in another tab cannot slip in between.
    const rows = (await tx.objectStore('assessments').getAll()).filter((r) => r.deletedAt != null && pick(r.id));
    const ids = rows.map((r) => r.id);
    const versions = await Promise.all(ids.map((id) => tx.objectStore('versions').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]))));
    for (const raw of [...rows.map((r) => r.assessment as unknown), ...versions.flat().map((v) => v.assessment as unknown)]) images.push(...storeKind().imageRefsIn(raw));
    await commitAll(tx, (ops) => {
      for (const id of ids) {
        ops.push(tx.objectStore('assessments').delete(id));
        ops.push(tx.objectStore('summaries').delete(id));
        ops.push(tx.objectStore('registers').delete(id));
        ops.push(tx.objectStore('versions').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity])));
      }
    });
    return ids;
  });
  // Their images go too, unless another assessment or version names them; deleting stands if this fails.
  await forgetImages(images).catch(() => undefined);
  return ids;
}

/** Deletes everything in the bin for real, signed versions included. */
export async function emptyBin(): Promise<{ ok: true; removed: number } | StorageFailure> {
  try {
    return { ok: true, removed: (await deleteBinned(() => true)).length };
  } catch (e) {
    return storageFailure(e);
  }
}

/** Deletes one assessment from the bin for real (not-found if it is not in the bin). */
export async function deleteFromBin(id: string): Promise<OpResult> {
  try {
    return (await deleteBinned((x) => x === id)).length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
  } catch (e) {
    return storageFailure(e);
  }
}
