// Export: everything on this device, or one assessment, as one JSON file with a checksum.
import { fileSlug } from '../engine/fileSlug';
import { isoDateOf } from '../engine/dates';
import type { StoreProblem } from '../engine/store-kind';
import { appVersion } from '../engine/build';
import { loadAttachments } from './attachments';
import { encodeAttachments, referencedAttachments } from './attachments-backup';
import { documentsForBackup } from './backup-documents';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DOCUMENTS_FORMAT_VERSION } from './backup-format';
import type { BackupEntry, BackupFile } from './backup-format';
import { canonicalJson, sha256Hex } from './canonical';
import { withDb } from './db';
import { recordOfRow } from './signed-rows';
import type { AssessmentRecord, KindDocumentRecord, VersionRecord } from './db';
import { storageFailure } from './errors';
import type { StorageFailure } from './errors';
import { markBackedUp } from './settings';
import { policyFrom } from './policy';
import { storeKind } from './store-kind';

export type ExportResult =
  | {
      ok: true;
      fileName: string;
      /** The file's contents; the UI offers it as a download (application/json). */
      text: string;
      count: number;
      /** Stored rows that restore could not read: left out of the file, named here so the UI can say so. */
      skipped: { id: string; problems: StoreProblem[] }[];
    }
  | { ok: false; reason: 'not-found' }
  | StorageFailure;

const unattested: StoreProblem = {
  path: 'signoff.fingerprint',
  message: { sv: 'Den sparade undertecknade versionen stämmer inte med sin kontrollkod.', en: 'The stored signed version does not match its fingerprint.' },
};

const unreadableDocument: StoreProblem = {
  path: 'documents',
  message: { sv: 'Det sparade dokumentet går inte att läsa.', en: 'The stored document cannot be read.' },
};

type FileHead = Omit<BackupFile, 'payload'>;

const headOf = async (payload: BackupFile['payload'], content: string, now: Date): Promise<FileHead> => ({
  format: BACKUP_FORMAT,
  formatVersion: payload.documents === undefined ? BACKUP_FORMAT_VERSION : DOCUMENTS_FORMAT_VERSION,
  schemaVersion: storeKind().schemaVersion,
  appVersion: appVersion(),
  createdAt: now.toISOString(),
  checksum: await sha256Hex(content),
});

/** Builds the backup file from entries and a policy (exported for tests and the bench). */
export async function buildBackup(payload: BackupFile['payload'], now: Date = new Date()): Promise<BackupFile> {
  return { ...(await headOf(payload, canonicalJson(payload), now)), payload };
}

/**
 * The backup file as text, its payload written in canonical order: the text the checksum is taken over is the
 * file's own payload, serialised once (not once to hash and again to save), and reading the file back finds
 * it already sorted (canonicalPayload). Parses to the same file as JSON.stringify(buildBackup(...)).
 */
export async function backupText(payload: BackupFile['payload'], now: Date = new Date()): Promise<string> {
  const content = canonicalJson(payload);
  const head = JSON.stringify(await headOf(payload, content, now));
  return `${head.slice(0, -1)},"payload":${content}}`;
}

export interface Stored {
  records: AssessmentRecord[];
  versions: VersionRecord[];
  policyValue: unknown;
  /** Documents of the other kinds; only read for a whole-device backup. */
  documents: KindDocumentRecord[];
}

/** Every row a backup is made from (or only assessment `id`'s), read in one transaction so they agree. */
export function readStored(id?: string): Promise<Stored> {
  return withDb(async (db) => {
    const tx = db.transaction(['assessments', 'versions', 'settings', 'documents'], 'readonly');
    const [records, versions, policyRow, documents] = await Promise.all([
      id === undefined ? tx.objectStore('assessments').getAll() : tx.objectStore('assessments').get(id).then((r) => (r ? [r] : [])),
      id === undefined ? tx.objectStore('versions').getAll() : tx.objectStore('versions').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
      tx.objectStore('settings').get('policy'),
      id === undefined ? tx.objectStore('documents').getAll() : Promise.resolve([]),
    ]);
    await tx.done;
    return { records, versions, policyValue: policyRow?.value, documents };
  });
}

/**
 * Exports every assessment (bin included, with its signed versions) and the organisation's policy, or
 * only the assessment `id`. A full export counts as a backup for the reminder after signing.
 */
export async function exportBackup(options: { id?: string; now?: Date } = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  try {
    const { records, versions, policyValue, documents } = await readStored(options.id);
    if (options.id !== undefined && records.length === 0) return { ok: false, reason: 'not-found' };

    const versionsById = new Map<string, VersionRecord[]>();
    for (const v of versions) {
      const list = versionsById.get(v.id) ?? [];
      list.push(v);
      versionsById.set(v.id, list);
    }
    const skipped: { id: string; problems: StoreProblem[] }[] = [];
    const entries: BackupEntry[] = [];
    for (const r of records) {
      const restored = storeKind().restore(r.assessment);
      if (!restored.ok) {
        skipped.push({ id: String(r.id), problems: restored.problems });
        continue;
      }
      const own: BackupEntry['versions'] = [];
      for (const v of versionsById.get(r.id) ?? []) {
        const rv = storeKind().restore(v.assessment);
        // The record travels as stored (or, for a row from before records, as its raw row hashes); never re-derived.
        const signed = await recordOfRow(v);
        if (rv.ok && signed && signed.fingerprint === v.fingerprint) own.push({ document: rv.value, signed });
        else skipped.push({ id: `${String(r.id)}@${String(v.version)}`, problems: rv.ok ? [unattested] : rv.problems });
      }
      entries.push({ assessment: restored.value, versions: own, deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : null });
    }
    const { policy, custom } = policyFrom(policyValue);
    const docs = await documentsForBackup(documents);
    for (const id of docs.skipped) skipped.push({ id, problems: [unreadableDocument] });
    // Images only when a document refers to one, so a backup without them is byte for byte what it was.
    const images = await loadAttachments(referencedAttachments(entries.flatMap((e) => [e.assessment, ...e.versions.map((v) => v.document)])));
    const payload = {
      assessments: entries,
      policy: custom ? policy : null,
      ...(docs.entries.length > 0 ? { documents: docs.entries } : {}),
      ...(images.size > 0 ? { attachments: encodeAttachments(images.values()) } : {}),
    };
    const text = await backupText(payload, now);
    const single = options.id !== undefined ? entries[0] : undefined;
    const fileName = single
      ? `kamerabedomning-${fileSlug(storeKind().title(single.assessment))}-${isoDateOf(now)}.json`
      : `kamerabedomning-sakerhetskopia-${isoDateOf(now)}.json`;
    if (options.id === undefined) await markBackedUp(now.toISOString());
    return { ok: true, fileName, text, count: entries.length, skipped };
  } catch (e) {
    return storageFailure(e);
  }
}
