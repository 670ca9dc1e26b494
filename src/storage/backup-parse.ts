// Reading a backup file: size, JSON, structure, format, schema, checksum, then every record through restore.
import type { StoreDoc, StorePolicy } from '../engine/kind';
import type { StoreProblem } from '../engine/store-kind';
import type { AttachmentRecord } from './attachments';
import { decodeAttachments, referencedAttachments } from './attachments-backup';
import { documentError, isObj, readDocuments, type Obj } from './backup-documents';
import { BACKUP_FORMAT, DOCUMENTS_FORMAT_VERSION, MAX_ASSESSMENTS, MAX_BACKUP_CHARS, backupErrors, checkStructure } from './backup-format';
import type { BackupEntry, BackupError, DocumentEntry, RecordProblem } from './backup-format';
import { settleSigned } from './backup-signed';
import type { IncomingVersion } from './backup-signed';
import { canonicalPayload, sha256Hex } from './canonical';
import { describeError } from './db';
import { storeKind } from './store-kind';

export interface ParsedBackup {
  appVersion: string;
  createdAt: string;
  schemaVersion: number;
  entries: BackupEntry[];
  policy: StorePolicy | null;
  /** Documents of the other kinds, each restored by its kind (none in a file without them). */
  documents: DocumentEntry[];
  /** What restore noted while reading (migrations, filled defaults). */
  notes: RecordProblem[];
  /** Attached images the documents refer to, each checked against its hash (none in an older file). */
  attachments: AttachmentRecord[];
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v.slice(0, 60)}"` : v === undefined ? '–' : typeof v);

/** Checks everything about the file that does not depend on what is already stored. Never throws. */
export async function readBackup(text: string): Promise<{ ok: true; backup: ParsedBackup } | { ok: false; error: BackupError }> {
  try {
    if (typeof text !== 'string') return { ok: false, error: backupErrors.notOurFormat(typeof text) };
    if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: backupErrors.tooLarge(text.length) };
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: backupErrors.notJson(describeError(e).message.slice(0, 120)) };
    }
    const structural = checkStructure(root);
    if (structural) return { ok: false, error: structural };
    if (!isObj(root) || root.format !== BACKUP_FORMAT) {
      return { ok: false, error: backupErrors.notOurFormat(isObj(root) ? show(root.format) : Array.isArray(root) ? 'array' : typeof root) };
    }
    if (typeof root.formatVersion !== 'number' || !Number.isInteger(root.formatVersion) || root.formatVersion < 1) {
      return { ok: false, error: backupErrors.notOurFormat(`${BACKUP_FORMAT} ${show(root.formatVersion)}`) };
    }
    if (root.formatVersion > DOCUMENTS_FORMAT_VERSION) {
      return { ok: false, error: backupErrors.newerSchema(root.formatVersion, DOCUMENTS_FORMAT_VERSION, 'format') };
    }
    const current = storeKind().schemaVersion;
    const schemaVersion = typeof root.schemaVersion === 'number' ? root.schemaVersion : current;
    if (schemaVersion > current) return { ok: false, error: backupErrors.newerSchema(schemaVersion, current, 'schema') };
    if (typeof root.checksum !== 'string' || root.checksum === '') return { ok: false, error: backupErrors.checksumMismatch(true) };
    if ((await sha256Hex(canonicalPayload(root.payload))) !== root.checksum.toLowerCase()) {
      return { ok: false, error: backupErrors.checksumMismatch(false) };
    }
    return await readPayload(root.payload, root, root.formatVersion);
  } catch (e) {
    return { ok: false, error: backupErrors.unexpected(describeError(e).message.slice(0, 200)) };
  }
}

/** An entry read and restored, its signed versions not yet checked (that needs hashing). */
interface ReadEntry {
  assessment: StoreDoc;
  raw: unknown;
  versions: IncomingVersion[];
  deletedAt: string | null;
}

async function readPayload(payload: unknown, root: Obj, formatVersion: number): Promise<{ ok: true; backup: ParsedBackup } | { ok: false; error: BackupError }> {
  const fileProblem = (path: string, sv: string, en: string): RecordProblem => ({ index: null, schoolName: '', path, message: { sv, en } });
  if (!isObj(payload) || !Array.isArray(payload.assessments)) {
    const p = fileProblem('payload.assessments', 'listan över bedömningar saknas', 'the list of assessments is missing');
    return { ok: false, error: backupErrors.invalidRecords([p], 0, 0) };
  }
  const list: unknown[] = payload.assessments;
  // Counted before anything is restored: a file of 100,000 records is refused at once, not after minutes.
  if (list.length > MAX_ASSESSMENTS) return { ok: false, error: backupErrors.tooMany(list.length, 0) };
  const problems: RecordProblem[] = [];
  const notes: RecordProblem[] = [];
  const read: ReadEntry[] = [];
  const seen = new Map<string, number>();
  let bad = 0;
  list.forEach((raw, index) => {
    const base = `payload.assessments.${index}`;
    const before = problems.length;
    const result = readEntry(raw, index, base, formatVersion, problems, notes);
    if (problems.length > before || !result) {
      bad += 1;
      return;
    }
    read.push(result);
  });
  let policy: StorePolicy | null = null;
  if (payload.policy !== undefined && payload.policy !== null) {
    const restored = storeKind().restorePolicy(payload.policy);
    if (restored.ok) policy = restored.value;
    else problems.push(...restored.problems.map((p) => ({ index: null, schoolName: '', path: joinPath('payload.policy', p.path), message: p.message })));
  }
  if (problems.length > 0) return { ok: false, error: backupErrors.invalidRecords(problems, bad, list.length) };
  const documents = await readDocuments(payload.documents);
  if (!documents.ok) return { ok: false, error: documentError(documents.problem) };
  const entries: BackupEntry[] = [];
  for (const [index, r] of read.entries()) {
    const settled = await settleSigned(r.assessment, r.raw, r.versions, index);
    if (!settled.ok) return { ok: false, error: backupErrors.signedContent(settled.problem.who, settled.problem.why) };
    entries.push({ assessment: r.assessment, versions: settled.versions, deletedAt: r.deletedAt });
  }
  const images = await decodeAttachments(payload.attachments, referencedAttachments(entries.flatMap((e) => [e.assessment, ...e.versions.map((v) => v.document)])));
  if (!images.ok) return { ok: false, error: backupErrors.invalidAttachment(images.problem) };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as BackupEntry;
    const first = seen.get(entry.assessment.id);
    if (first !== undefined) return { ok: false, error: backupErrors.duplicateIds(entry.assessment.id, first, i, storeKind().title(entry.assessment)) };
    seen.set(entry.assessment.id, i);
  }
  return {
    ok: true,
    backup: {
      appVersion: typeof root.appVersion === 'string' ? root.appVersion : '',
      createdAt: typeof root.createdAt === 'string' ? root.createdAt : '',
      schemaVersion: typeof root.schemaVersion === 'number' ? root.schemaVersion : storeKind().schemaVersion,
      entries,
      policy,
      documents: documents.entries,
      notes,
      attachments: images.records,
    },
  };
}

const joinPath = (base: string, path: string): string => (path ? `${base}.${path}` : base);

/** The entry's name as far as it can be read before the entry is restored (untrusted: the kind reads leniently). */
function schoolNameOf(raw: unknown): string {
  return isObj(raw) ? storeKind().summaryOfRaw(raw.assessment).schoolName.slice(0, 80) : '';
}

function readEntry(raw: unknown, index: number, base: string, formatVersion: number, problems: RecordProblem[], notes: RecordProblem[]): ReadEntry | null {
  const schoolName = schoolNameOf(raw);
  const add = (list: RecordProblem[], path: string, message: RecordProblem['message']) => list.push({ index, schoolName, path, message });
  if (!isObj(raw)) {
    add(problems, base, { sv: 'posten är inte ett objekt', en: 'the entry is not an object' });
    return null;
  }
  const restored = storeKind().restore(raw.assessment);
  if (!restored.ok) {
    for (const p of restored.problems) add(problems, joinPath(`${base}.assessment`, p.path), p.message);
    return null;
  }
  for (const n of restored.notes) add(notes, joinPath(`${base}.assessment`, n.path), n.message);
  const assessment = restored.value;
  const deletedAt = raw.deletedAt ?? null;
  if (deletedAt !== null && (typeof deletedAt !== 'string' || Number.isNaN(Date.parse(deletedAt)))) {
    add(problems, `${base}.deletedAt`, { sv: 'ska vara en tidpunkt eller null', en: 'must be a date-time or null' });
  }
  const fail = (path: string, message: RecordProblem['message']) => add(problems, path, message);
  const versions = readVersions(raw.versions, { restored, raw: raw.assessment }, `${base}.versions`, formatVersion, fail);
  return { assessment, raw: raw.assessment, versions, deletedAt: typeof deletedAt === 'string' ? deletedAt : null };
}

/** Format 1: bare signed documents. Format 2: `{ document, signed }`, the record beside the document. */
function readVersions(
  raw: unknown,
  from: { restored: { value: StoreDoc; notes: StoreProblem[] }; raw: unknown },
  base: string,
  formatVersion: number,
  fail: (path: string, m: StoreProblem['message']) => void,
): IncomingVersion[] {
  const owner = from.restored.value;
  // A version stored and never saved again is the assessment itself: read it once. Its text is made only for an
  // assessment that has versions (most have none; a backup of 1,000 wrote each out for nothing).
  let ownerText: string | undefined;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    fail(base, { sv: 'ska vara en lista', en: 'must be a list' });
    return [];
  }
  const out: IncomingVersion[] = [];
  const numbers = new Set<number>();
  raw.forEach((item: unknown, j) => {
    const paired = formatVersion >= 2;
    if (paired && !isObj(item)) {
      fail(`${base}.${j}`, { sv: 'ska vara ett dokument med sin undertecknade uppgift', en: 'must be a document with its signed record' });
      return;
    }
    const v = paired && isObj(item) ? item.document : item;
    const rawSigned = paired && isObj(item) ? item.signed : undefined;
    const where = paired ? `${base}.${j}.document` : `${base}.${j}`;
    const restored = JSON.stringify(v) === (ownerText ??= JSON.stringify(from.raw)) ? { ok: true as const, value: owner } : storeKind().restore(v);
    if (!restored.ok) {
      for (const p of restored.problems) fail(joinPath(where, p.path), p.message);
      return;
    }
    const version = restored.value;
    if (version.id !== owner.id) fail(`${where}.id`, { sv: `hör till en annan bedömning (${version.id.slice(0, 40)})`, en: `belongs to another assessment (${version.id.slice(0, 40)})` });
    else if (!version.signoff) fail(`${where}.signoff`, { sv: 'en sparad version måste vara signerad', en: 'a stored version must be signed' });
    else if (numbers.has(version.version)) fail(`${where}.version`, { sv: `version ${version.version} finns två gånger`, en: `version ${version.version} appears twice` });
    else {
      numbers.add(version.version);
      out.push({ document: version, raw: v, rawSigned: paired && isObj(item) && 'signed' in item ? rawSigned : undefined });
    }
  });
  return out;
}
