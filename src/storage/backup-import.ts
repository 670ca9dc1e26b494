// Import: compare a read backup with what is stored, show the plan, then apply it all in one transaction.
import { restore } from '../domain';
import type { Assessment, Policy, Text } from '../domain';
import { backupErrors } from './backup-format';
import type { BackupEntry, BackupError, RecordProblem } from './backup-format';
import { readBackup } from './backup-parse';
import type { ParsedBackup } from './backup-parse';
import { canonicalJson } from './canonical';
import { describeError, withDb } from './db';
import type { AssessmentRecord, AssessmentStatus, VersionRecord } from './db';
import { storageFailure } from './errors';
import { noteDataSaved } from './persistence';
import { statusOf, toRecord, toVersionRecord } from './records';
import { forgetCachedSettings, policyFrom } from './settings';
import { broadcast } from './tabs';

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

export type ImportResult = { ok: true; added: number; updated: number; conflicts: number } | { ok: false; error: BackupError };

interface Write {
  targetId: string;
  /** The stored revision the plan was made against, or null when the id must still be free. */
  expectRevision: number | null;
  record: AssessmentRecord | null;
  versions: VersionRecord[];
}
// The writes stay private to this module: only a plan made by parseBackup can be applied.
const planWrites = new WeakMap<ImportPlan, { writes: Write[]; policy: Policy | null }>();

const reasons = {
  signedLocally: { sv: 'Bedömningen är signerad på den här enheten och skrivs aldrig över; filens version sparas som en kopia.', en: 'The assessment is signed on this device and is never overwritten; the file’s version is kept as a copy.' },
  newerLocally: { sv: 'Bedömningen har ändrats på den här enheten efter att säkerhetskopian gjordes; filens version sparas som en kopia.', en: 'The assessment was changed on this device after the backup was made; the file’s version is kept as a copy.' },
  versionClash: { sv: 'En signerad version med samma nummer finns redan med en annan signering; filens version sparas som en kopia.', en: 'A signed version with the same number already exists with a different signing; the file’s version is kept as a copy.' },
  unreadableLocally: { sv: 'Den sparade bedömningen går inte att läsa; filens version sparas som en kopia.', en: 'The stored assessment cannot be read; the file’s version is kept as a copy.' },
} satisfies Record<string, Text>;

const sameSigning = (a: Assessment, b: Assessment): boolean =>
  a.signoff !== null && b.signoff !== null && a.signoff.fingerprint === b.signoff.fingerprint && a.signoff.signedAt === b.signoff.signedAt;

// Revisions are per device (an update bumps it), so re-importing the same file is still "unchanged".
const sameContent = (a: Assessment, b: Assessment): boolean => canonicalJson({ ...a, revision: 0 }) === canonicalJson({ ...b, revision: 0 });

export interface ParseOptions {
  /** Ids for the copies kept on a conflict (default crypto.randomUUID). */
  newId?: () => string;
}

/** Reads and checks a backup file and plans its import. Never throws; nothing is written. */
export async function parseBackup(text: string, options: ParseOptions = {}): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: BackupError }> {
  const read = await readBackup(text);
  if (!read.ok) return read;
  try {
    return { ok: true, plan: await planImport(read.backup, options.newId ?? (() => crypto.randomUUID())) };
  } catch (e) {
    const failure = storageFailure(e);
    return { ok: false, error: backupErrors.storage(failure.reason, failure.error) };
  }
}

async function planImport(backup: ParsedBackup, newId: () => string): Promise<ImportPlan> {
  const { records, versions, policyValue } = await withDb(async (db) => {
    const tx = db.transaction(['assessments', 'versions', 'settings'], 'readonly');
    const [records, versions, policyRow] = await Promise.all([
      tx.objectStore('assessments').getAll(),
      tx.objectStore('versions').getAll(),
      tx.objectStore('settings').get('policy'),
    ]);
    await tx.done;
    return { records, versions, policyValue: policyRow?.value };
  });
  const recordsById = new Map(records.map((r) => [r.id, r]));
  const versionsById = new Map<string, Map<number, VersionRecord>>();
  for (const v of versions) {
    const own = versionsById.get(v.id) ?? new Map<number, VersionRecord>();
    own.set(v.version, v);
    versionsById.set(v.id, own);
  }
  const taken = new Set<string>([...recordsById.keys(), ...backup.entries.map((e) => e.assessment.id)]);
  const freshId = (): string => {
    let id = newId();
    while (taken.has(id)) id = newId();
    taken.add(id);
    return id;
  };
  const stored = policyFrom(policyValue);
  const policy = backup.policy ?? stored.policy;
  const items: ImportItem[] = [];
  const writes: Write[] = [];
  for (const entry of backup.entries) {
    const { item, write } = planEntry(entry, recordsById.get(entry.assessment.id), versionsById.get(entry.assessment.id), policy, freshId);
    items.push(item);
    writes.push(write);
  }
  const counts: Record<ImportAction, number> = { add: 0, update: 0, conflict: 0, unchanged: 0 };
  for (const item of items) counts[item.action] += 1;
  const policyAction: ImportPlan['policy'] =
    backup.policy === null ? 'none' : !stored.custom ? 'add' : canonicalJson(stored.policy) === canonicalJson(backup.policy) ? 'unchanged' : 'update';
  const plan: ImportPlan = {
    file: { appVersion: backup.appVersion, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion },
    items,
    counts,
    policy: policyAction,
    notes: backup.notes,
  };
  planWrites.set(plan, { writes, policy: policyAction === 'add' || policyAction === 'update' ? backup.policy : null });
  return plan;
}

/** The file's signed versions, plus the current document itself when it is signed (as save would store it). */
function signedVersionsOf(entry: BackupEntry): Assessment[] {
  const list = [...entry.versions];
  const a = entry.assessment;
  if (a.signoff && !list.some((v) => v.version === a.version)) list.push(a);
  return list;
}

function planEntry(
  entry: BackupEntry,
  existing: AssessmentRecord | undefined,
  storedVersions: Map<number, VersionRecord> | undefined,
  policy: Policy,
  freshId: () => string,
): { item: ImportItem; write: Write } {
  const incoming = entry.assessment;
  const signed = signedVersionsOf(entry);
  const newVersions = signed.filter((v) => !storedVersions?.has(v.version));
  const clash = signed.some((v) => {
    const s = storedVersions?.get(v.version);
    return s !== undefined && !(s.fingerprint === v.signoff?.fingerprint && s.signedAt === v.signoff.signedAt);
  });

  let action: ImportAction;
  let reason: Text | null = null;
  const local = existing ? restore(existing.assessment) : null;
  if (!existing || !local) action = clash ? 'conflict' : 'add';
  else if (!local.ok) [action, reason] = ['conflict', reasons.unreadableLocally];
  else if (clash) [action, reason] = ['conflict', reasons.versionClash];
  else if (sameContent(local.value, incoming)) action = (existing.deletedAt ?? null) === entry.deletedAt ? 'unchanged' : 'update';
  else if (local.value.signoff && !sameSigning(local.value, incoming)) [action, reason] = ['conflict', reasons.signedLocally];
  else if (local.value.updatedAt > incoming.updatedAt) [action, reason] = ['conflict', reasons.newerLocally];
  else action = 'update';
  if (action === 'conflict' && !reason) reason = reasons.versionClash;

  const targetId = action === 'conflict' ? freshId() : incoming.id;
  const storedRevision = local?.ok ? local.value.revision : 0;
  // An update gets a revision above the stored one, so a tab still editing the old copy sees a conflict.
  const doc: Assessment =
    action === 'update' ? { ...incoming, revision: Math.max(storedRevision, incoming.revision) + 1 } : { ...incoming, id: targetId };
  const versionDocs = action === 'conflict' ? signed.map((v) => ({ ...v, id: targetId })) : newVersions;
  const write: Write = {
    targetId,
    expectRevision: action === 'update' ? (existing?.assessment?.revision ?? null) : null,
    record: action === 'unchanged' ? null : toRecord(doc, policy, entry.deletedAt),
    versions: versionDocs.flatMap((v) => toVersionRecord(v) ?? []),
  };
  const item: ImportItem = {
    action,
    sourceId: incoming.id,
    targetId,
    schoolName: incoming.school.schoolName,
    status: statusOf(incoming),
    updatedAt: incoming.updatedAt,
    versionsToAdd: write.versions.length,
    reason,
  };
  return { item, write };
}

class StalePlan extends Error {}

/** Applies a plan from parseBackup: everything in one transaction, or nothing at all. Never throws. */
export async function applyImport(plan: ImportPlan): Promise<ImportResult> {
  const planned = planWrites.get(plan);
  if (!planned) return { ok: false, error: backupErrors.changedSinceCheck() };
  try {
    await withDb(async (db) => {
      const tx = db.transaction(['assessments', 'versions', 'settings'], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined); // an abort below rejects it; the error we throw says why
      const assessments = tx.objectStore('assessments');
      const toCheck = planned.writes.filter((w) => w.record !== null);
      const current = await Promise.all(toCheck.map((w) => assessments.get(w.targetId)));
      const stale = toCheck.some((w, i) => {
        const row = current[i];
        return w.expectRevision === null ? row !== undefined : row?.assessment?.revision !== w.expectRevision;
      });
      if (stale) {
        tx.abort();
        throw new StalePlan();
      }
      const ops: Promise<unknown>[] = [];
      for (const w of planned.writes) {
        if (w.record) ops.push(assessments.put(w.record));
        // add, not put: a signed version that appeared since the plan aborts the whole import.
        for (const v of w.versions) ops.push(tx.objectStore('versions').add(v));
      }
      if (planned.policy) ops.push(tx.objectStore('settings').put({ key: 'policy', value: planned.policy }));
      await Promise.all([...ops, done]);
    });
  } catch (e) {
    if (e instanceof StalePlan || describeError(e).name === 'ConstraintError') return { ok: false, error: backupErrors.changedSinceCheck() };
    const failure = storageFailure(e);
    return { ok: false, error: backupErrors.storage(failure.reason, failure.error) };
  }
  planWrites.delete(plan); // applied once; a second apply would find changed data anyway
  if (planned.policy) forgetCachedSettings();
  for (const w of planned.writes) {
    if (w.record) broadcast({ type: 'saved', id: w.targetId, revision: w.record.assessment.revision });
  }
  noteDataSaved().catch(() => undefined);
  return { ok: true, added: plan.counts.add, updated: plan.counts.update, conflicts: plan.counts.conflict };
}
