// Whether a fingerprint belongs to a version signed on this device: the verify page's first answer to
// "is this a signed original?", since a SHA-256 anyone can recompute proves nothing alone.
import type { IsoDateTime } from '../engine/dates';
import type { StoreSignedRecord } from '../engine/store-kind';
import { withDb } from './db';
import { recordOfRow } from './signed-rows';
import { storeKindReady } from './store-kind';

export interface KnownVersion {
  id: string;
  version: number;
  schoolName: string;
  signedAt: IsoDateTime;
}

/** The signed versions on this device with this fingerprint (64 hex digits, any case); empty when none. */
export async function findSignedVersion(fingerprint: string): Promise<KnownVersion[]> {
  const wanted = fingerprint.toLowerCase();
  const found: KnownVersion[] = [];
  const kind = await storeKindReady();
  await withDb(async (db) => {
    // A cursor rather than getAll: only the matching rows' documents need to stay in memory.
    for (let cursor = await db.transaction('versions').store.openCursor(); cursor; cursor = await cursor.continue()) {
      const row = cursor.value;
      if (row.fingerprint.toLowerCase() === wanted) found.push({ id: row.id, version: row.version, schoolName: kind.title(row.assessment), signedAt: row.signedAt });
    }
  });
  return found;
}

/**
 * The record stored when this version was signed, for the PDF to carry. A row from before records were kept
 * gets one from its raw stored JSON (the frozen form of its own schema version), never from restored data.
 */
export async function storedSignedRecord(id: string, version: number): Promise<StoreSignedRecord | null> {
  const row = await withDb((db) => db.get('versions', [id, version]));
  if (!row) return null;
  const record = await recordOfRow(row);
  return record && record.fingerprint === row.fingerprint ? record : null;
}
