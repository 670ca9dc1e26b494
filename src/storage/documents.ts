// Documents of the other assessment kinds (digital-service first) in the `documents` store (v3). Storage
// keeps them raw: the caller's kind restores what it reads, so nothing unchecked reaches a screen.
import type { IsoDate } from '../engine/dates';
import { withDb, type KindDocumentRecord } from './db';
import { storageFailure, type StorageFailure } from './errors';
import { noteDataSaved, requestPersistenceOnce } from './persistence';
import { broadcast } from './tabs';

export type { KindDocumentRecord } from './db';

/** `conflict`: another tab (or window) saved the document since this one read it; `stored` is what it saved. */
export type DocumentSaveResult =
  | { ok: true; updatedAt: string }
  | { ok: false; reason: 'conflict'; stored: KindDocumentRecord | null; error: string }
  | StorageFailure;

export type DocumentLoadResult = { ok: true; record: KindDocumentRecord } | { ok: false; reason: 'not-found' } | StorageFailure;

/**
 * Writes one document with its summary; resolves only after the transaction has committed. With `expected`, the
 * time of the save this tab last read or made (the row's `updatedAt`): written only if the stored row is still
 * that one, so a tab that did not see another tab's save (a decision among them) never overwrites it unnoticed.
 */
export async function saveDocument(
  input: {
    id: string;
    kind: string;
    doc: unknown;
    summary: unknown;
    decidedOn: IsoDate | null;
  },
  expected?: string,
): Promise<DocumentSaveResult> {
  let updatedAt = '';
  let conflict: { stored: KindDocumentRecord | null } | null = null;
  try {
    await withDb(async (db) => {
      const tx = db.transaction('documents', 'readwrite');
      const stored = (await tx.store.get(input.id)) ?? null;
      if (expected !== undefined && stored?.updatedAt !== expected) {
        conflict = { stored };
        await tx.done;
        return;
      }
      // Each save of a row gets a later time than the one before, even within one millisecond: the time is the
      // version a tab saves on top of, so two saves must never share it.
      const now = Date.now();
      const after = stored ? Date.parse(stored.updatedAt) + 1 : Number.NaN;
      updatedAt = new Date(Number.isFinite(after) && after > now ? after : now).toISOString();
      await Promise.all([tx.store.put({ ...input, updatedAt }), tx.done]);
    });
  } catch (e) {
    return storageFailure(e);
  }
  if (conflict !== null) {
    const { stored } = conflict;
    return { ok: false, reason: 'conflict', stored, error: 'saved elsewhere since it was read' };
  }
  // Other tabs with the document open hear of it (a document has no revision number: 0).
  broadcast({ type: 'saved', id: input.id, revision: 0 });
  await noteDataSaved().catch(() => undefined);
  requestPersistenceOnce();
  return { ok: true, updatedAt };
}

export function loadDocument(id: string): Promise<DocumentLoadResult> {
  return withDb((db) => db.get('documents', id)).then(
    (record): DocumentLoadResult => (record ? { ok: true, record } : { ok: false, reason: 'not-found' }),
    storageFailure,
  );
}

/** Every document of one kind, most recently changed first (the register reads summaries, not documents). */
export async function listDocuments(kind: string): Promise<KindDocumentRecord[]> {
  const rows = await withDb((db) => db.getAllFromIndex('documents', 'kind', kind));
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** How many documents each kind has, by kind id: home counts them without reading a single document. */
export async function countDocuments(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await withDb(async (db) => {
    let cursor = await db.transaction('documents').store.index('kind').openKeyCursor();
    while (cursor) {
      counts[cursor.key] = (counts[cursor.key] ?? 0) + 1;
      cursor = await cursor.continue();
    }
  });
  return counts;
}
