// Documents of the other kinds (digital-service validations) in a backup: an optional `payload.documents`
// list beside the camera assessments. A file without it is read exactly as before; a file with it has
// every document restored by its own kind, and one unreadable document refuses the whole file.
import { isIsoDate, isoDateOf, type IsoDate } from '../engine/dates';
import { t } from '../engine/text';
import type { Text } from '../engine/kind';
import { backupErrors, type BackupError, type DocumentEntry } from './backup-format';
import { MAX_ASSESSMENTS } from './backup-format';
import { canonicalJson } from './canonical';
import type { KindDocumentRecord } from './db';
import { todayNow } from './summarizer';

/** Why a document in the file is refused; the whole import stops at the first one. */
export interface DocumentProblem {
  index: number;
  title: string;
  why: Text;
}

export type Obj = Record<string, unknown>;
/** A JSON object (not null, not a list): what every part of a backup is checked to be first. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// Loaded when a backup is made or read, not with the first page: the kinds' question sets stay in their
// own chunks (and the registry, which imports every kind, never joins the storage chunk's start-up).
const loadKinds = async () => (await import('../assessments/registry')).kinds;
type Registry = Awaited<ReturnType<typeof loadKinds>>;
// The camera kind travels in payload.assessments with its signed versions; it is never a bare document.
const documentKinds = (kinds: Registry) => kinds.kinds.filter((k) => k.id !== 'camera');

const why = {
  notObject: t('är inte ett dokument', 'is not a document'),
  unknownKind: t('är av en sort som den här appen inte känner till', 'is of a kind this app does not know'),
  badDate: t('har ett beslutsdatum som inte är ett datum', 'has a decision date that is not a date'),
  duplicate: t('har samma id som ett annat dokument i filen', 'has the same id as another document in the file'),
  tooMany: t(`är fler än ${MAX_ASSESSMENTS} dokument`, `are more than ${MAX_ASSESSMENTS} documents`),
};

/** The stored rows as they travel; a row its kind cannot read is left out and named. */
export async function documentsForBackup(rows: readonly KindDocumentRecord[]): Promise<{ entries: DocumentEntry[]; skipped: string[] }> {
  if (rows.length === 0) return { entries: [], skipped: [] };
  const kinds = await loadKinds();
  const entries: DocumentEntry[] = [];
  const skipped: string[] = [];
  for (const r of rows) {
    const kind = documentKinds(kinds).find((k) => k.id === r.kind);
    const restored = kind?.restore(r.doc);
    if (kind && restored?.ok) entries.push({ kind: kind.id, doc: restored.doc, decidedOn: r.decidedOn });
    else skipped.push(r.id);
  }
  return { entries: entries.sort((a, b) => (a.doc.id < b.doc.id ? -1 : 1)), skipped };
}

/** Reads `payload.documents` (absent: none). Never throws; the first bad document refuses the file. */
export async function readDocuments(raw: unknown): Promise<{ ok: true; entries: DocumentEntry[] } | { ok: false; problem: DocumentProblem }> {
  if (raw === undefined) return { ok: true, entries: [] };
  const kinds = await loadKinds();
  if (!Array.isArray(raw)) return { ok: false, problem: { index: -1, title: '', why: why.notObject } };
  if (raw.length > MAX_ASSESSMENTS) return { ok: false, problem: { index: -1, title: '', why: why.tooMany } };
  const entries: DocumentEntry[] = [];
  const seen = new Set<string>();
  for (const [index, item] of raw.entries()) {
    const fail = (w: Text, title = '') => ({ ok: false as const, problem: { index, title, why: w } });
    if (!isObj(item)) return fail(why.notObject);
    const kind = documentKinds(kinds).find((k) => k.format === kinds.of(item.doc)?.format);
    if (!kind) return fail(why.unknownKind);
    const restored = kind.restore(item.doc);
    if (!restored.ok) return fail(t(`går inte att läsa: ${restored.message.sv}`, `cannot be read: ${restored.message.en}`));
    const title = kind.title(restored.doc).slice(0, 80);
    const decidedOn = item.decidedOn ?? null;
    if (decidedOn !== null && (typeof decidedOn !== 'string' || !isIsoDate(decidedOn))) return fail(why.badDate, title);
    if (seen.has(restored.doc.id)) return fail(why.duplicate, title);
    seen.add(restored.doc.id);
    entries.push({ kind: kind.id, doc: restored.doc, decidedOn: decidedOn as IsoDate | null });
  }
  return { ok: true, entries };
}

/** One sentence for the principal: which document, why, and that nothing was imported. */
export function documentError(p: DocumentProblem): BackupError {
  const name = (lang: 'sv' | 'en') =>
    p.index < 0 ? (lang === 'sv' ? 'Listan över dokument' : 'The list of documents') : `${lang === 'sv' ? 'Dokument' : 'Document'} ${p.index + 1}${p.title ? ` (${p.title})` : ''}`;
  return backupErrors.invalidDocument(`${name('sv')} i filen ${p.why.sv}. Inget har importerats.`, `${name('en')} in the file ${p.why.en}. Nothing was imported.`);
}

export type DocumentAction = 'add' | 'update' | 'conflict' | 'unchanged';

/** One document's write: the row to put, and what the stored row must still be when it is applied. */
export interface DocumentWrite {
  action: DocumentAction;
  /** The stored row's updatedAt the plan was made against; null when the id must still be free. */
  expectUpdatedAt: string | null;
  row: KindDocumentRecord | null;
}

const updatedOf = (doc: unknown): string => (isObj(doc) && typeof doc.updatedAt === 'string' ? doc.updatedAt : '');

/**
 * Against what is stored: new ids are added, the same content is left alone, a newer file replaces an older
 * row, and a row changed here after the file was made is kept while the file's document becomes a copy.
 */
export async function planDocuments(
  entries: readonly DocumentEntry[],
  stored: readonly KindDocumentRecord[],
  freshId: () => string,
  now: string,
): Promise<DocumentWrite[]> {
  if (entries.length === 0) return [];
  const kinds = await loadKinds();
  const byId = new Map(stored.map((r) => [r.id, r]));
  // The summary a save of the same document today would store, so lists and the register see it at once.
  const today = todayNow() ?? isoDateOf(new Date(now));
  return entries.map((e) => {
    const existing = byId.get(e.doc.id);
    const kind = documentKinds(kinds).find((k) => k.id === e.kind);
    const row = (doc: DocumentEntry['doc']): KindDocumentRecord => ({
      id: doc.id,
      kind: e.kind,
      doc,
      summary: kind?.summarize?.(doc, e.decidedOn, today) ?? null,
      updatedAt: now,
      decidedOn: e.decidedOn,
    });
    if (!existing) return { action: 'add', expectUpdatedAt: null, row: row(e.doc) };
    if (existing.kind === e.kind && canonicalJson(existing.doc) === canonicalJson(e.doc) && existing.decidedOn === e.decidedOn) {
      return { action: 'unchanged', expectUpdatedAt: existing.updatedAt, row: null };
    }
    const local = documentKinds(kinds).find((k) => k.id === existing.kind)?.restore(existing.doc);
    const localNewer = !local?.ok || existing.kind !== e.kind || updatedOf(local.doc) > updatedOf(e.doc);
    if (!localNewer) return { action: 'update', expectUpdatedAt: existing.updatedAt, row: row(e.doc) };
    return { action: 'conflict', expectUpdatedAt: null, row: row({ ...e.doc, id: freshId() }) };
  });
}
