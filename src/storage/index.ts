// The storage public API: the only door to IndexedDB (main.tsx wires it into the machine and the UI).
// What home reads (summaries, settings, the wipe marker) is here at once; whatever restores or evaluates a
// document loads on first call (later.ts), so the first visit of home does not fetch the camera domain.
import { runAfterOpen } from './db';
import { attachments, backupExport, backupImport, conflicts, known, later, rows } from './later';
import { storeKindReady } from './store-kind';
export { DB_NAME, DB_VERSION, closeDatabase } from './db';
export type { AssessmentStatus, AreaSummary } from './db';
export type { StorageFailure, StorageFailureReason } from './errors';
export type { AssessmentSummary, StoredSummary, Summary, Summarizer, RegisterDoc } from './summary-types';
export { listSummaries, listBin, listRegister, provideSummarizer, provideSummarizerLater } from './summaries';
export { provideStoreKind, provideStoreKindLater } from './store-kind';
export type { SaveResult, LoadResult, OpResult } from './assessments';
export { eraseEverything } from './erase';
export { pinInstall } from './install';
export { createAutosave, bindLifecycle } from './autosave';
export type { Autosave, AutosaveOptions, AutosaveStatus, LifecycleTargets } from './autosave';
export { watchAssessment, tabId } from './tabs';
export type { RemoteChange } from './tabs';
export type { KeepBothResult } from './conflicts';
export { requestPersistence, storageStatus, wasWiped, acknowledgeWipe, installKnown } from './persistence';
export type { StorageStatus } from './persistence';
export { getSettings, getLanguage, setLanguage, setPolicy, setOrganisation, markBackedUp, needsBackup, organisationSetUp } from './settings';
export type { Settings } from './settings';
export type { ExportResult } from './backup-export';
export type { ImportPlan, ImportItem, ImportAction, ImportResult, ParseOptions } from './backup-import';
export { MAX_BACKUP_CHARS, MAX_ASSESSMENTS, BACKUP_FORMAT } from './backup-limits';
export type { BackupError, BackupErrorKind, RecordProblem, BackupFile, SignedVersion } from './backup-format';
export type { KnownVersion } from './known';
export type { AttachmentRecord, AttachmentType, SaveAttachmentResult } from './attachments';
export type { AttachmentSection } from './attachments-backup';
export { saveDocument, loadDocument, listDocuments, countDocuments } from './documents';
export type { KindDocumentRecord, DocumentSaveResult, DocumentLoadResult } from './documents';

export const load = later(async () => (await rows()).load);
export const listVersions = later(async () => (await rows()).listVersions);
export const save = later(async () => (await rows()).save);
export const duplicate = later(async () => (await rows()).duplicate);
export const moveToBin = later(async () => (await rows()).moveToBin);
export const undoBin = later(async () => (await rows()).undoBin);
export const emptyBin = later(async () => (await rows()).emptyBin);
export const deleteFromBin = later(async () => (await rows()).deleteFromBin);
export const keepBoth = later(async () => (await conflicts()).keepBoth);
export const overwriteWithMine = later(async () => (await conflicts()).overwriteWithMine);
export const exportBackup = later(async () => (await backupExport()).exportBackup);
export const buildBackup = later(async () => (await backupExport()).buildBackup);
export const parseBackup = later(async () => (await backupImport()).parseBackup);
export const applyImport = later(async () => (await backupImport()).applyImport);
export const findSignedVersion = later(async () => (await known()).findSignedVersion);
// The images' code loads when a camera image is added, shown or printed, never for home.
export const saveAttachment = later(async () => (await attachments()).saveAttachment);
export const loadAttachment = later(async () => (await attachments()).loadAttachment);
/** The images a document refers to, read from the device. */
export const loadAttachmentsOf = later(async () => {
  const m = await attachments();
  return (a: Parameters<typeof m.attachmentsOf>[0]) => m.loadAttachments(m.attachmentsOf(a));
});
export const storedSignedRecord = later(async () => (await known()).storedSignedRecord);

// Every connection opened once storage is loaded (and the one open now) gives signed versions written before
// records existed their record. A database without versions (every first visit) needs no domain for that.
runAfterOpen(async (db) => {
  if ((await db.count('versions')) === 0) return 0;
  const [{ backfillSignedRecords }] = await Promise.all([import('./signed-rows'), storeKindReady()]);
  return backfillSignedRecords(db);
});
