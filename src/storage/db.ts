// The IndexedDB schema and the one shared connection. Only src/storage imports idb.
import { openDB, deleteDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { parseSignedRecord, recordFromRawDocument } from '../assessments/camera/domain';
import type { Assessment, AreaKind, IsoDate, IsoDateTime, Outcome, SignedRecord } from '../assessments/camera/domain';

export const DB_NAME = 'kamerabedomning';
/** Bump only together with a new `if (oldVersion < N)` step and a saved dump in tests/fixtures/db/vN.json. */
export const DB_VERSION = 3;

export type AssessmentStatus = 'draft' | 'signed' | 'ended';

export interface AreaSummary {
  /** Cameras not ended. */
  cameraCount: number;
  /** Distinct kinds of area filmed, in camera order; the UI translates them. */
  areaKinds: AreaKind[];
}

/** One row of the assessments store: the persisted answers plus what the list needs without evaluating. */
export interface AssessmentRecord {
  id: string;
  assessment: Assessment;
  status: AssessmentStatus;
  /** Outcome as evaluated at the last save; null if evaluation failed (the save still succeeds). */
  outcome: Outcome | null;
  schoolName: string;
  areaSummary: AreaSummary;
  updatedAt: IsoDateTime;
  nextReviewDate: IsoDate;
  /** Set while the assessment lies in the bin. */
  deletedAt: IsoDateTime | null;
}

/** An immutable signed version, written once and never overwritten. */
export interface VersionRecord {
  id: string;
  version: number;
  signedAt: IsoDateTime;
  fingerprint: string;
  /** The document as it was stored at signing (its own schema version; restore migrates it on reading). */
  assessment: Assessment;
  /**
   * What was signed: the exact canonical text and its fingerprint, never recomputed from `assessment`.
   * Rows written before records existed have none until the back-fill after opening derives it from the raw row.
   */
  signed?: SignedRecord | undefined;
}

export type SettingKey = 'language' | 'policy' | 'lastBackupAt' | 'lastSignedAt';
export interface SettingRecord {
  key: SettingKey;
  /** Untrusted on read: settings.ts validates it. */
  value: unknown;
}

export interface MetaRecord {
  key: 'install';
  createdAt: IsoDateTime;
  /** Unique per database creation: two installs in the same millisecond still differ. */
  installId: string;
}

export interface KbSchema extends DBSchema {
  assessments: {
    key: string;
    value: AssessmentRecord;
    indexes: { status: AssessmentStatus; updatedAt: string; nextReviewDate: string };
  };
  versions: { key: [string, number]; value: VersionRecord };
  settings: { key: SettingKey; value: SettingRecord };
  meta: { key: 'install'; value: MetaRecord };
  /** Documents of the other assessment kinds (digital-service first), one row per document (v3). */
  documents: { key: string; value: KindDocumentRecord; indexes: { kind: string; updatedAt: string } };
}

/** One document of a kind other than camera: the raw document (restored by its kind on reading) and its summary. */
export interface KindDocumentRecord {
  id: string;
  kind: string;
  /** Untrusted on read: the kind's restore checks it. */
  doc: unknown;
  /** What lists and registers show without evaluating again (the kind's own summary shape). */
  summary: unknown;
  updatedAt: IsoDateTime;
  /** 'YYYY-MM-DD' a decision was recorded on, or null while it is a draft. */
  decidedOn: IsoDate | null;
}

export type KbDatabase = IDBPDatabase<KbSchema>;
export const ALL_STORES = ['assessments', 'versions', 'settings', 'meta', 'documents'] as const;

let connection: Promise<KbDatabase> | null = null;

export function newInstall(): MetaRecord {
  const installId = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return { key: 'install', createdAt: new Date().toISOString(), installId };
}

function open(): Promise<KbDatabase> {
  const opening = openDB<KbSchema>(DB_NAME, DB_VERSION, {
    // No awaits in here: the versionchange transaction would commit under us.
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
        assessments.createIndex('status', 'status');
        assessments.createIndex('updatedAt', 'updatedAt');
        assessments.createIndex('nextReviewDate', 'nextReviewDate');
        db.createObjectStore('versions', { keyPath: ['id', 'version'] });
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('meta', { keyPath: 'key' });
        void tx.objectStore('meta').put(newInstall());
      }
      if (oldVersion < 3) {
        const documents = db.createObjectStore('documents', { keyPath: 'id' });
        documents.createIndex('kind', 'kind');
        documents.createIndex('updatedAt', 'updatedAt');
      }
    },
    // Another tab wants a newer version (or to delete): step aside; our next call reopens.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      connection = null;
    },
    // The browser closed the database (memory pressure, cleared data): reconnect on the next call.
    terminated() {
      connection = null;
    },
  });
  // A failed open must not be cached, or every later call would fail the same way.
  opening.catch(() => {
    if (connection === opening) connection = null;
  });
  return opening;
}

export function getDb(): Promise<KbDatabase> {
  if (connection === null) {
    const opening = open();
    connection = opening;
    // Once per connection; idempotent, so two tabs doing it at once write the same records.
    void opening.then(backfillSignedRecords).catch(() => undefined);
  }
  return connection;
}

/** The stored record of a version row, or one derived from the raw row with the frozen form of its own schema version. */
export async function recordOfRow(row: VersionRecord): Promise<SignedRecord | null> {
  return parseSignedRecord(row.signed) ?? recordFromRawDocument(row.assessment);
}

/**
 * Gives every version row written before records existed its record, derived from the RAW row (never from
 * a restored or migrated copy). A row whose raw content no longer hashes to its fingerprint gets none: a
 * record must only ever attest what was signed.
 */
export async function backfillSignedRecords(db: KbDatabase): Promise<number> {
  const rows = (await db.getAll('versions')).filter((r) => parseSignedRecord(r.signed) === null);
  const derived: { key: [string, number]; signed: SignedRecord }[] = [];
  for (const row of rows) {
    const signed = await recordFromRawDocument(row.assessment);
    if (signed && signed.fingerprint === row.fingerprint) derived.push({ key: [row.id, row.version], signed });
  }
  if (derived.length === 0) return 0;
  const tx = db.transaction('versions', 'readwrite');
  const current = await Promise.all(derived.map((d) => tx.store.get(d.key)));
  const writes = derived.flatMap((d, i) => {
    const row = current[i];
    return row && parseSignedRecord(row.signed) === null && row.fingerprint === d.signed.fingerprint ? [tx.store.put({ ...row, signed: d.signed })] : [];
  });
  await Promise.all([...writes, tx.done]);
  return writes.length;
}

/** The connection was closed or is closing: a fresh connection may succeed where this one cannot. */
export function isClosedError(e: unknown): boolean {
  const { name, message } = describeError(e);
  // Safari loses its IndexedDB server process now and then; a new connection works again.
  return name === 'InvalidStateError' || /connection to indexed database server lost/i.test(message);
}

/** Name and message of anything thrown (DOMException, Error, or worse). */
export function describeError(e: unknown): { name: string; message: string } {
  if (typeof e === 'object' && e !== null) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(e) };
  }
  return { name: 'Error', message: String(e) };
}

/** Runs `fn` with the database; if the connection turns out to be closed, reconnects once and retries. */
export async function withDb<T>(fn: (db: KbDatabase) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await fn(db);
  } catch (e) {
    if (!isClosedError(e)) throw e;
    if (connection !== null && (await connection.catch(() => null)) === db) connection = null;
    return fn(await getDb());
  }
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDatabase(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Deletes the whole database. Other tabs' connections close themselves through `blocking`. */
export async function deleteDatabase(): Promise<void> {
  await closeDatabase();
  await deleteDB(DB_NAME);
}
