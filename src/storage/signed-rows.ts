// Version rows and what was signed: the stored record of each, and the back-fill that gives rows written
// before records existed theirs. Apart from db.ts so the summary read path opens the database without the domain.
import type { StoreSignedRecord } from '../engine/store-kind';
import { storeKind } from './store-kind';
import type { KbDatabase, VersionRecord } from './db';

/** The stored record of a version row, or one derived from the raw row with the frozen form of its own schema version. */
export async function recordOfRow(row: VersionRecord): Promise<StoreSignedRecord | null> {
  const kind = storeKind();
  return kind.parseSignedRecord(row.signed) ?? kind.recordFromRawDocument(row.assessment);
}

/**
 * Gives every version row written before records existed its record, derived from the RAW row (never from
 * a restored or migrated copy). A row whose raw content no longer hashes to its fingerprint gets none: a
 * record must only ever attest what was signed.
 */
export async function backfillSignedRecords(db: KbDatabase): Promise<number> {
  const kind = storeKind();
  const rows = (await db.getAll('versions')).filter((r) => kind.parseSignedRecord(r.signed) === null);
  const derived: { key: [string, number]; signed: StoreSignedRecord }[] = [];
  for (const row of rows) {
    const signed = await kind.recordFromRawDocument(row.assessment);
    if (signed && signed.fingerprint === row.fingerprint) derived.push({ key: [row.id, row.version], signed });
  }
  if (derived.length === 0) return 0;
  const tx = db.transaction('versions', 'readwrite');
  const current = await Promise.all(derived.map((d) => tx.store.get(d.key)));
  const writes = derived.flatMap((d, i) => {
    const row = current[i];
    return row && kind.parseSignedRecord(row.signed) === null && row.fingerprint === d.signed.fingerprint ? [tx.store.put({ ...row, signed: d.signed })] : [];
  });
  await Promise.all([...writes, tx.done]);
  return writes.length;
}

