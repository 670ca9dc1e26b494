// Holding a signed document to what was signed. The stored record decides, never a form re-derived from the
// document in hand: a later schema version, a filled default or a migration must not break a signature.
import type { StoreDoc } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import { storeKind } from './store-kind';
import { withDb } from './db';
import { recordOfRow } from './signed-rows';
import type { VersionRecord } from './db';

/** What a save of a signed document must agree with, worked out before its transaction (hashing would end it). */
export interface SignedExpectation {
  /** The fingerprint of the version row found before the transaction, or null when there was none. */
  rowFingerprint: string | null;
  /** That row's record: stored, or derived from the raw row by the frozen form of its schema version. */
  stored: StoreSignedRecord | null;
  /** No row yet: the record to store with this first save of the signed version, if it attests this document. */
  fresh: StoreSignedRecord | null;
}

export type SignedVerdict =
  | { ok: true; add: StoreSignedRecord | null; backfill: StoreSignedRecord | null }
  | { ok: false; error: string };

/**
 * Whether `a` says what `r` signed (documentMatchesRecord). When both are of the same schema version the
 * record's text is the document's own canonical form, which is quicker to compare than restoring it.
 */
export function saysWhatWasSigned(a: StoreDoc, r: StoreSignedRecord): boolean {
  if (a.signoff === null || a.signoff.fingerprint !== r.fingerprint) return false;
  const kind = storeKind();
  return (r.schemaVersion === a.schemaVersion && kind.canonical(a) === r.content) || kind.documentMatchesRecord(a, r);
}

/** A record for a first save must hash to its fingerprint, be the document's fingerprint and say what the document says. */
async function attests(a: StoreDoc, r: StoreSignedRecord | null): Promise<StoreSignedRecord | null> {
  if (!r || a.signoff === null || r.fingerprint !== a.signoff.fingerprint) return null;
  return (await storeKind().recordIntact(r)) && saysWhatWasSigned(a, r) ? r : null;
}

/**
 * For a signed document: its stored version row's record, or (first save) the record to add. `given` is the
 * record made at signing; without one (a journalled copy saved after a crash) the document's own canonical
 * text is hashed, which attests it only if that gives the fingerprint it carries.
 */
export async function expectSigned(a: StoreDoc, given?: StoreSignedRecord): Promise<SignedExpectation | null> {
  if (a.signoff === null) return null;
  const row = await withDb((db) => db.get('versions', [a.id, a.version]));
  if (row) return { rowFingerprint: row.fingerprint, stored: await recordOfRow(row), fresh: null };
  const candidate = given === undefined ? await storeKind().createSignedRecord(a) : storeKind().parseSignedRecord(given);
  return { rowFingerprint: null, stored: null, fresh: await attests(a, candidate) };
}

const changed = (a: StoreDoc, row: VersionRecord): string =>
  `Version ${a.version} of ${a.id} was signed ${row.signedAt} and cannot be changed.`;

/**
 * Inside the save's transaction: whether `a` may be stored beside the version row found there. Only what
 * is recorded after signing (later decision, end dates, bookkeeping) may differ from the signed record.
 */
export function judgeSigned(row: VersionRecord | undefined, a: StoreDoc, expected: SignedExpectation | null): SignedVerdict {
  if (!row) {
    if (a.signoff === null) return { ok: true, add: null, backfill: null };
    if (!expected || expected.rowFingerprint !== null) return { ok: false, error: `The signed version ${a.version} of ${a.id} changed while saving; nothing was saved.` };
    if (!expected.fresh) return { ok: false, error: `The signed document ${a.id} does not match what was signed, so it was not saved.` };
    return { ok: true, add: expected.fresh, backfill: null };
  }
  const own = storeKind().parseSignedRecord(row.signed);
  const record = own ?? (expected?.rowFingerprint === row.fingerprint ? expected.stored : null);
  if (!record || a.signoff === null || a.signoff.signedAt !== row.signedAt || !saysWhatWasSigned(a, record)) return { ok: false, error: changed(a, row) };
  // An old row met on the way gets its derived record, as the back-fill after opening would give it.
  return { ok: true, add: null, backfill: own === null && record.fingerprint === row.fingerprint ? record : null };
}
