// The storage public API: the only door to IndexedDB (main.tsx wires it into the machine and the UI).
export { DB_NAME, DB_VERSION, closeDatabase } from './db';
export type { AssessmentStatus, AreaSummary } from './db';
export type { StorageFailure, StorageFailureReason } from './errors';
export type { AssessmentSummary, StoredSummary, Summary, Summarizer, RegisterDoc } from './summary-types';
// The signed-record back-fill runs on every connection once storage is loaded.
import './signed-rows';
export { listSummaries, listBin, listRegister, provideSummarizer } from './summaries';
export {
  load,
  listVersions,
  save,
  copyOf,
  duplicate,
  moveToBin,
  undoBin,
  emptyBin,
  deleteFromBin,
} from './assessments';
export type { SaveResult, LoadResult, OpResult } from './assessments';
export { eraseEverything } from './erase';
export { pinInstall } from './install';
export { createAutosave, bindLifecycle } from './autosave';
export type { Autosave, AutosaveOptions, AutosaveStatus, LifecycleTargets } from './autosave';
export { watchAssessment, tabId } from './tabs';
export type { RemoteChange } from './tabs';
export { keepBoth, overwriteWithMine } from './conflicts';
export type { KeepBothResult } from './conflicts';
export { requestPersistence, storageStatus, wasWiped, acknowledgeWipe } from './persistence';
export type { StorageStatus } from './persistence';
export { getSettings, setLanguage, setPolicy, setOrganisation, markBackedUp, needsBackup } from './settings';
export type { Settings, OrganisationProfile } from './settings';
export { exportBackup, buildBackup } from './backup-export';
export type { ExportResult } from './backup-export';
export { parseBackup, applyImport } from './backup-import';
export type { ImportPlan, ImportItem, ImportAction, ImportResult, ParseOptions } from './backup-import';
export { MAX_BACKUP_CHARS, MAX_ASSESSMENTS, BACKUP_FORMAT } from './backup-format';
export type { BackupError, BackupErrorKind, RecordProblem, BackupFile, SignedVersion } from './backup-format';
export { findSignedVersion, storedSignedRecord } from './known';
export type { KnownVersion } from './known';
export { saveDocument, loadDocument, listDocuments } from './documents';
export type { KindDocumentRecord, DocumentSaveResult, DocumentLoadResult } from './documents';
