// Planning an import: compare a read backup with what is stored. Signed content is never changed or forked;
// a plan that would do so, or that would not fit on the device, is refused as a whole.
import type { StoreDoc, StorePolicy, Text } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import { copyOf } from './assessments';
import { planDocuments, type DocumentWrite } from './backup-documents';
import { MAX_ASSESSMENTS, backupErrors } from './backup-format';
import type { BackupEntry, BackupError, RecordProblem } from './backup-format';
import type { ParsedBackup } from './backup-parse';
import { chainProblem } from './backup-signed';
import type { DeviceSigned } from './backup-signed';
import { canonicalJson } from './canonical';
import { recordOfRow } from './signed-rows';
import { readStored } from './backup-export';
import type { Stored } from './backup-export';
import type { AssessmentRecord, AssessmentStatus, VersionRecord } from './db';
import { statusOf, toRow, toVersionRecord } from './records';
import type { Row } from './records';
import { policyFrom } from './policy';
import { storeKind } from './store-kind';

export type ImportAction = 'add' | 'update' | 'conflict' | 'unchanged';

export interface ImportItem {
  action: ImportAction;
  /** The id in the file. */
  sourceId: string;
  /** The id it is stored under: a new id for a conflict, so both copies are kept. */
  targetId: string;
  schoolName: string;
  status: AssessmentStatus;
  updatedAt: string;
  /** Signed versions in the file that this device does not have yet. */
  versionsToAdd: number;
  /** Why it is a conflict, for the principal. */
  reason: Text | null;
}

export interface ImportPlan {
  file: { appVersion: string; createdAt: string; schemaVersion: number };
  items: ImportItem[];
  counts: Record<ImportAction, number>;
  /** What happens to the organisation's policy. */
  policy: 'add' | 'update' | 'unchanged' | 'none';
  /** What restore noted while reading the file (e.g. migrated from an older schema). */
  notes: RecordProblem[];
}

export interface Write {
  targetId: string;
  /** The stored revision the plan was made against, or null when the id must still be free. */
  expectRevision: number | null;
  /** The row with its summary, written together. */
  record: Row | null;
  /** A local draft newer than the signed version that replaces it, kept as a copy under a new id. */
  keep: Row | null;
  versions: VersionRecord[];
}

const reasons = {
  signedLocally: { sv: 'Bedömningen är undertecknad på den här enheten och skrivs aldrig över; filens utkast sparas som en kopia.', en: 'The assessment is signed on this device and is never overwritten; the file’s draft is kept as a copy.' },
  newerLocally: { sv: 'Bedömningen har ändrats på den här enheten efter att säkerhetskopian gjordes; filens version sparas som en kopia.', en: 'The assessment was changed on this device after the backup was made; the file’s version is kept as a copy.' },
  unreadableLocally: { sv: 'Den sparade bedömningen går inte att läsa; filens version sparas som en osignerad kopia.', en: 'The stored assessment cannot be read; the file’s version is kept as an unsigned copy.' },
  signedInFile: { sv: 'Filen har den undertecknade versionen; ditt nyare utkast av den sparas som en kopia.', en: 'The file has the signed version; your newer draft of it is kept as a copy.' },
} satisfies Record<string, Text>;

// Revisions are per device (an update bumps it), so re-importing the same file is still "unchanged".
const sameContent = (a: StoreDoc, b: StoreDoc): boolean => canonicalJson({ ...a, revision: 0 }) === canonicalJson({ ...b, revision: 0 });

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** What the device holds as signed, read from the raw rows (a row without a record gets the one its raw JSON hashes to). */
async function deviceSigned(stored: Stored): Promise<DeviceSigned> {
  const device: DeviceSigned = { versionOf: new Map(), rowFingerprint: new Map(), signed: new Map() };
  for (const r of stored.records) {
    const raw = r.assessment as Partial<StoreDoc> | undefined;
    if (typeof raw?.version === 'number') device.versionOf.set(r.id, raw.version);
    const fp = str(raw?.signoff?.fingerprint);
    if (fp !== null) device.rowFingerprint.set(r.id, fp);
  }
  for (const v of stored.versions) {
    const record: StoreSignedRecord | null = await recordOfRow(v);
    const list = device.signed.get(v.id) ?? [];
    list.push({ version: v.version, previousVersionId: str((v.assessment as Partial<StoreDoc> | undefined)?.previousVersionId), record, fingerprint: v.fingerprint });
    device.signed.set(v.id, list);
  }
  return device;
}

export type Planned =
  | { ok: true; plan: ImportPlan; writes: Write[]; documents: DocumentWrite[]; policy: StorePolicy | null }
  | { ok: false; error: BackupError };

export async function planImport(backup: ParsedBackup, newId: () => string, now: string): Promise<Planned> {
  const stored = await readStored();
  const problem = chainProblem(backup.entries, await deviceSigned(stored));
  if (problem) return { ok: false, error: backupErrors.signedContent(problem.who, problem.why) };
  const recordsById = new Map(stored.records.map((r) => [r.id, r]));
  const versionKeys = new Set(stored.versions.map((v) => `${v.id}\n${v.version}`));
  const taken = new Set<string>([...recordsById.keys(), ...backup.entries.map((e) => e.assessment.id), ...stored.documents.map((d) => d.id), ...backup.documents.map((d) => d.doc.id)]);
  const freshId = (): string => {
    let id = newId();
    while (taken.has(id)) id = newId();
    taken.add(id);
    return id;
  };
  const storedPolicy = policyFrom(stored.policyValue);
  const policy = backup.policy ?? storedPolicy.policy;
  const items: ImportItem[] = [];
  const writes: Write[] = [];
  for (const entry of backup.entries) {
    const { item, write } = planEntry(entry, recordsById.get(entry.assessment.id), versionKeys, policy, freshId, now);
    items.push(item);
    writes.push(write);
  }
  const newRows = writes.filter((w) => w.record !== null && w.expectRevision === null).length + writes.filter((w) => w.keep !== null).length;
  if (stored.records.length + newRows > MAX_ASSESSMENTS) return { ok: false, error: backupErrors.tooMany(newRows, stored.records.length) };
  const counts: Record<ImportAction, number> = { add: 0, update: 0, conflict: 0, unchanged: 0 };
  for (const item of items) counts[item.action] += 1;
  const documents = await planDocuments(backup.documents, stored.documents, freshId, now);
  for (const d of documents) counts[d.action] += 1;
  const policyAction: ImportPlan['policy'] =
    backup.policy === null ? 'none' : !storedPolicy.custom ? 'add' : canonicalJson(storedPolicy.policy) === canonicalJson(backup.policy) ? 'unchanged' : 'update';
  const plan: ImportPlan = {
    file: { appVersion: backup.appVersion, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion },
    items,
    counts,
    policy: policyAction,
    notes: backup.notes,
  };
  return { ok: true, plan, writes, documents, policy: policyAction === 'add' || policyAction === 'update' ? backup.policy : null };
}

/**
 * One entry. Its signed version (if any) was checked against the device already: it is the same record as
 * a stored one or a new one. A signed document is never stored under another id; only drafts become copies.
 */
function planEntry(
  entry: BackupEntry,
  existing: AssessmentRecord | undefined,
  versionKeys: Set<string>,
  policy: StorePolicy,
  freshId: () => string,
  now: string,
): { item: ImportItem; write: Write } {
  const incoming = entry.assessment;
  // A stored row is a restored document: if it reads the same as the file's, there is nothing to restore.
  const same = existing !== undefined && sameContent(existing.assessment, incoming);
  const local = existing && !same ? storeKind().restore(existing.assessment) : null;
  let action: ImportAction;
  let reason: Text | null = null;
  let keep: StoreDoc | null = null;
  if (!existing) action = 'add';
  else if (same) action = (existing.deletedAt ?? null) === entry.deletedAt ? 'unchanged' : 'update';
  else if (!local?.ok) [action, reason] = ['conflict', reasons.unreadableLocally];
  else if (sameContent(local.value, incoming)) action = (existing.deletedAt ?? null) === entry.deletedAt ? 'unchanged' : 'update';
  else if (local.value.signoff && !incoming.signoff) [action, reason] = ['conflict', reasons.signedLocally];
  // The same signing (checked): only register events differ, and the newer side keeps them.
  else if (local.value.signoff) action = local.value.updatedAt > incoming.updatedAt ? 'unchanged' : 'update';
  else if (incoming.signoff) {
    action = 'update';
    if (local.value.updatedAt > incoming.updatedAt) [keep, reason] = [{ ...local.value, id: freshId() }, reasons.signedInFile];
  } else if (local.value.updatedAt > incoming.updatedAt) [action, reason] = ['conflict', reasons.newerLocally];
  else action = 'update';

  const targetId = action === 'conflict' ? freshId() : incoming.id;
  const storedRevision = same ? existing.assessment.revision : local?.ok ? local.value.revision : 0;
  // An update gets a revision above the stored one, so a tab still editing the old copy sees a conflict.
  const doc: StoreDoc =
    action === 'update'
      ? { ...incoming, revision: Math.max(storedRevision, incoming.revision) + 1 }
      : action === 'conflict' && incoming.signoff
        ? copyOf(incoming, targetId, now)
        : { ...incoming, id: targetId };
  const versions = action === 'conflict' ? [] : entry.versions.filter((v) => !versionKeys.has(`${v.document.id}\n${v.document.version}`));
  const write: Write = {
    targetId,
    expectRevision: action === 'update' ? (existing?.assessment?.revision ?? null) : null,
    record: action === 'unchanged' ? null : toRow(doc, policy, entry.deletedAt),
    keep: keep && toRow(keep, policy, null),
    versions: versions.flatMap((v) => toVersionRecord(v.document, v.signed) ?? []),
  };
  const item: ImportItem = {
    action,
    sourceId: incoming.id,
    targetId,
    schoolName: storeKind().title(incoming),
    status: statusOf(incoming),
    updatedAt: incoming.updatedAt,
    versionsToAdd: write.versions.length,
    reason,
  };
  return { item, write };
}
