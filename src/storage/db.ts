// The IndexedDB schema and the one shared connection. Only src/storage imports idb.
import type { IsoDate, IsoDateTime } from '../engine/dates';
import { openDB, deleteDB, unwrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
// Types only from the domain: the summary read path (summaries.ts) opens the database without loading it.
import type { StoreDoc } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import type { AssessmentStatus, RegisterDoc, StoredSummary } from './summary-types';

export const DB_NAME = 'kamerabedomning';
/** Bump only together with a new `if (oldVersion < N)` step and a saved dump in tests/fixtures/db/vN.json. */
export const DB_VERSION = 5;

export type { AssessmentStatus, AreaSummary } from './summary-types';

/** One row of the assessments store: the persisted answers plus what the list needs without evaluating. */
export interface AssessmentRecord extends Pick<StoredSummary, 'id' | 'status' | 'outcome' | 'schoolName' | 'areaSummary' | 'updatedAt' | 'nextReviewDate' | 'deletedAt'> {
  assessment: StoreDoc;
}

/** An immutable signed version, written once and never overwritten. */
export interface VersionRecord {
  id: string;
  version: number;
  signedAt: IsoDateTime;
  fingerprint: string;
  /** The document as it was stored at signing (its own schema version; restore migrates it on reading). */
  assessment: StoreDoc;
  /**
   * What was signed: the exact canonical text and its fingerprint, never recomputed from `assessment`.
   * Rows written before records existed have none until the back-fill after opening derives it from the raw row.
   */
  signed?: StoreSignedRecord | undefined;
}

export type SettingKey = 'language' | 'policy' | 'organisation' | 'lastBackupAt' | 'lastSignedAt';
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
  /** Since v2: what the lists show of each assessment, written in the same transaction as its row. */
  summaries: { key: string; value: StoredSummary };
  /**
   * Since v5: what the register reads of each readable assessment (the kind's pruned copy), written with its
   * row and summary. Until v5 it sat inside each summary, three quarters of the bytes the home list read.
   */
  registers: { key: string; value: RegisterDoc };
  /** Documents of the other assessment kinds (digital-service first), one row per document (v3). */
  documents: { key: string; value: KindDocumentRecord; indexes: { kind: string; updatedAt: string } };
  /** Images attached to assessments (drawings, photos), content-addressed (v4). Erasing the device clears them with the rest. */
  attachments: { key: string; value: AttachmentRecord };
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

export type AttachmentType = 'image/jpeg' | 'image/png';

/** An image attached to a camera (v4), keyed by the SHA-256 of its bytes; never changed once written. */
export interface AttachmentRecord {
  hash: string;
  type: AttachmentType;
  /** Bytes, not a Blob: Safari has lost Blobs stored in IndexedDB, and a byte array clones everywhere. */
  bytes: Uint8Array;
  width: number;
  height: number;
}

export type KbDatabase = IDBPDatabase<KbSchema>;
export const ALL_STORES = ['assessments', 'versions', 'settings', 'meta', 'summaries', 'documents', 'attachments', 'registers'] as const;

let connection: Promise<KbDatabase> | null = null;

type UpgradeStore<Name extends 'summaries' | 'registers'> = IDBPObjectStore<KbSchema, ArrayLike<StoreNames<KbSchema>>, Name, 'versionchange'>;

/**
 * The v5 step: each summary row's `register` (the document pruned for the register, or null) becomes a row of
 * the registers store, and the summary is written back without it. Native requests, so it stays one chain of
 * IndexedDB callbacks inside the upgrade; a row that is not an object is left as it is.
 */
function moveRegisterCopies(summaries: UpgradeStore<'summaries'>, registers: UpgradeStore<'registers'>): void {
  const from = unwrap(summaries);
  const to = unwrap(registers);
  const walk = from.openCursor();
  walk.onsuccess = () => {
    const cursor = walk.result;
    if (cursor === null) return;
    const row: unknown = cursor.value;
    if (typeof row === 'object' && row !== null && 'register' in row) {
      const { register, ...lean } = row as { register: unknown };
      if (typeof register === 'object' && register !== null) to.put({ ...register, id: cursor.primaryKey });
      cursor.update(lean);
    }
    cursor.continue();
  };
}

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
      // v2: the summary store. The upgrade only creates it (summarizing needs the kind, injected later);
      // the back-fill after opening fills it from the rows in one transaction, before any list reads it.
      if (oldVersion < 2) db.createObjectStore('summaries', { keyPath: 'id' });
      if (oldVersion < 3) {
        const documents = db.createObjectStore('documents', { keyPath: 'id' });
        documents.createIndex('kind', 'kind');
        documents.createIndex('updatedAt', 'updatedAt');
      }
      if (oldVersion < 4) db.createObjectStore('attachments', { keyPath: 'hash' });
      if (oldVersion < 5) {
        db.createObjectStore('registers', { keyPath: 'id' });
        // A database from v2–v4 has summaries that carry the register's copy: move each copy out, in this
        // same transaction (a cursor chains IndexedDB requests only, so nothing commits under it).
        if (oldVersion >= 2) moveRegisterCopies(tx.objectStore('summaries'), tx.objectStore('registers'));
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

/** Work run once per connection after opening (the signed-record back-fill); each must be idempotent. */
const afterOpen = new Set<(db: KbDatabase) => Promise<unknown>>();

/** Registers `hook` for every later connection, and runs it on the current one if it is open already. */
export function runAfterOpen(hook: (db: KbDatabase) => Promise<unknown>): void {
  if (afterOpen.has(hook)) return;
  afterOpen.add(hook);
  if (connection !== null) void connection.then(hook).catch(() => undefined);
}

export function getDb(): Promise<KbDatabase> {
  if (connection === null) {
    const opening = open();
    connection = opening;
    // Once per connection; idempotent, so two tabs doing it at once write the same records.
    for (const hook of afterOpen) void opening.then(hook).catch(() => undefined);
  }
  return connection;
}

/**
 * Issues a readwrite transaction's writes and waits for the commit. If issuing them throws part way (a value
 * that cannot be stored, a store that refuses), the transaction is aborted: none of the writes land, never a
 * row without its summary.
 */
export async function commitAll(tx: { abort(): void; done: Promise<void> }, issue: (ops: Promise<unknown>[]) => void): Promise<void> {
  const ops: Promise<unknown>[] = [];
  try {
    issue(ops);
  } catch (e) {
    for (const op of [...ops, tx.done]) op.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more can land.
    }
    throw e;
  }
  await Promise.all([...ops, tx.done]);
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
