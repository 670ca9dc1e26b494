// The backup file: its shape, its limits, and one clear message (Swedish and English) per way it can be bad.
import type { IsoDate, IsoDateTime } from '../engine/dates';
import type { BaseDoc, StoreDoc, StorePolicy, Text } from '../engine/kind';
import type { StoreSignedRecord } from '../engine/store-kind';
import type { AttachmentProblem, AttachmentSection } from './attachments-backup';
import { MAX_ATTACHMENT_BYTES } from './attachments';

// The limits and the format's name live apart, so storage's public face exports them without this module.
import type { BACKUP_FORMAT } from './backup-limits';
import { MAX_ASSESSMENTS, MAX_BACKUP_CHARS } from './backup-limits';
export { BACKUP_FORMAT, MAX_ASSESSMENTS, MAX_BACKUP_CHARS } from './backup-limits';
/** 2: signed versions travel as `{ document, signed }`, the record beside the document. 1 still imports. */
export const BACKUP_FORMAT_VERSION = 2 as const;
/** 3: a format-2 file that also carries `payload.documents`, so an older app refuses it rather than drop them. */
export const DOCUMENTS_FORMAT_VERSION = 3 as const;
/** A backup is about 15 levels deep; deeper input is refused before anything recursive touches it. */
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A signed version as it travels: the document, and beside it the record of exactly what was signed. */
export interface SignedVersion {
  document: StoreDoc;
  signed: StoreSignedRecord;
}

export interface BackupEntry {
  assessment: StoreDoc;
  /**
   * The immutable signed version of this assessment (an assessment has one version number; a new version
   * is a new assessment whose previousVersionId names this one). Empty for a draft. In a format-1 file
   * these were bare documents; their records are derived from the file's raw JSON when it is read.
   */
  versions: SignedVersion[];
  deletedAt: IsoDateTime | null;
}

/** A document of another kind as it travels: restored by its kind on reading, its decision date beside it. */
export interface DocumentEntry {
  kind: string;
  doc: BaseDoc;
  decidedOn: IsoDate | null;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION | typeof DOCUMENTS_FORMAT_VERSION;
  schemaVersion: number;
  appVersion: string;
  createdAt: IsoDateTime;
  /** SHA-256, hex, of the canonical JSON of `payload`. */
  checksum: string;
  /** `documents` only when there are some, so a backup without them is byte for byte what it always was. */
  payload: { assessments: BackupEntry[]; policy: StorePolicy | null; documents?: DocumentEntry[]; attachments?: AttachmentSection };
}

export type BackupErrorKind =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-our-format'
  | 'newer-schema'
  | 'checksum-mismatch'
  | 'invalid-records'
  | 'duplicate-ids'
  | 'changed-since-check'
  | 'signed-content'
  | 'invalid-attachment'
  | 'too-many'
  | 'no-space'
  | 'storage'
  | 'unexpected';

/** One invalid record: which one (index in the file, 0-based, and school), where, and why. */
export interface RecordProblem {
  /** Index in payload.assessments; null for the policy or the file as a whole. */
  index: number | null;
  schoolName: string;
  /** Where in the file, e.g. 'payload.assessments.2.assessment.school.unitCode'. */
  path: string;
  message: Text;
}

export interface BackupError {
  kind: BackupErrorKind;
  /** A complete sentence for the principal, naming the problem. */
  message: Text;
  problems: RecordProblem[];
}

const err = (kind: BackupErrorKind, sv: string, en: string, problems: RecordProblem[] = []): BackupError => ({
  kind,
  message: { sv, en },
  problems,
});

const mb = (chars: number): string => (chars / 1024 / 1024).toFixed(1);
/** Swedish writes a decimal comma: 50,0 MB. */
const mbSv = (chars: number): string => mb(chars).replace('.', ',');

export const backupErrors = {
  tooLarge: (chars: number) =>
    err(
      'too-large',
      `Filen är för stor (${mbSv(chars)} MB). En säkerhetskopia från Kamerabedömning får vara högst ${mbSv(MAX_BACKUP_CHARS)} MB. Inget har importerats.`,
      `The file is too large (${mb(chars)} MB). A Kamerabedömning backup may be at most ${mb(MAX_BACKUP_CHARS)} MB. Nothing was imported.`,
    ),
  notJson: (detail: string) =>
    err(
      'not-json',
      `Filen är inte en säkerhetskopia från Kamerabedömning: den är inte giltig JSON (${detail}). Inget har importerats.`,
      `The file is not a Kamerabedömning backup: it is not valid JSON (${detail}). Nothing was imported.`,
    ),
  tooDeep: (path: string) =>
    err(
      'too-deep',
      `Filen är nästlad djupare än en säkerhetskopia kan vara (mer än ${MAX_DEPTH} nivåer, vid ${path}). Inget har importerats.`,
      `The file is nested deeper than a backup can be (more than ${MAX_DEPTH} levels, at ${path}). Nothing was imported.`,
    ),
  forbiddenKey: (key: string, path: string) =>
    err(
      'forbidden-key',
      `Filen innehåller det otillåtna fältnamnet "${key}" (vid ${path || 'roten'}). Inget har importerats.`,
      `The file contains the forbidden field name "${key}" (at ${path || 'the root'}). Nothing was imported.`,
    ),
  notOurFormat: (found: string) =>
    err(
      'not-our-format',
      `Filen är inte en säkerhetskopia från Kamerabedömning (format: ${found}). Välj en fil som exporterats med "Spara en säkerhetskopia".`,
      `The file is not a Kamerabedömning backup (format: ${found}). Choose a file exported with "Save a backup".`,
    ),
  newerSchema: (found: number, supported: number, what: 'schema' | 'format') =>
    err(
      'newer-schema',
      `Säkerhetskopian är gjord med en nyare version av Kamerabedömning (${what === 'schema' ? 'schemaversion' : 'filformat'} ${found}; den här appen läser till och med ${supported}). Uppdatera appen och försök igen. Inget har importerats.`,
      `The backup was made by a newer version of Kamerabedömning (${what === 'schema' ? 'schema version' : 'file format'} ${found}; this app reads up to ${supported}). Update the app and try again. Nothing was imported.`,
    ),
  checksumMismatch: (missing: boolean) =>
    err(
      'checksum-mismatch',
      missing
        ? 'Säkerhetskopian saknar kontrollsumma, så det går inte att veta att den är hel. Inget har importerats.'
        : 'Kontrollsumman stämmer inte: filen har ändrats eller skadats efter att den sparades. Inget har importerats.',
      missing
        ? 'The backup has no checksum, so it cannot be known to be intact. Nothing was imported.'
        : 'The checksum does not match: the file was changed or damaged after it was saved. Nothing was imported.',
    ),
  invalidRecords: (problems: RecordProblem[], bad: number, total: number) => {
    const shown = problems.slice(0, 3);
    const more = problems.length - shown.length;
    const name = (p: RecordProblem, lang: 'sv' | 'en'): string =>
      p.index === null
        ? lang === 'sv' ? 'Filen' : 'The file'
        : `${lang === 'sv' ? 'Bedömning' : 'Assessment'} ${p.index + 1}${p.schoolName ? ` (${p.schoolName})` : ''}`;
    const list = (lang: 'sv' | 'en'): string =>
      shown.map((p) => `${name(p, lang)}, ${p.path}: ${p.message[lang]}`).join('; ') +
      (more > 0 ? (lang === 'sv' ? `; och ${more} problem till` : `; and ${more} more problems`) : '');
    return err(
      'invalid-records',
      `${bad} av ${total} bedömningar i filen går inte att läsa, så inget har importerats. ${list('sv')}.`,
      `${bad} of ${total} assessments in the file cannot be read, so nothing was imported. ${list('en')}.`,
      problems,
    );
  },
  duplicateIds: (id: string, first: number, second: number, schoolName: string) =>
    err(
      'duplicate-ids',
      `Samma bedömning (id ${id}${schoolName ? `, ${schoolName}` : ''}) finns två gånger i filen (bedömning ${first + 1} och ${second + 1}). Inget har importerats.`,
      `The same assessment (id ${id}${schoolName ? `, ${schoolName}` : ''}) appears twice in the file (assessments ${first + 1} and ${second + 1}). Nothing was imported.`,
      [{ index: second, schoolName, path: `payload.assessments.${second}.assessment.id`, message: { sv: 'id finns redan tidigare i filen', en: 'id already appears earlier in the file' } }],
    ),
  /** `who` names the assessment (school, place in the file, version); `why` completes the sentence. */
  signedContent: (who: Text, why: Text) =>
    err(
      'signed-content',
      `${who.sv} i filen ${why.sv}; ett undertecknat dokument får aldrig ändras, så inget har importerats.`,
      `${who.en} in the file ${why.en}; a signed document must never change, so nothing was imported.`,
    ),
  /** An attached image that cannot be read or does not hash to its name: one sentence per way, nothing imported. */
  invalidAttachment: ({ hash, why }: AttachmentProblem) => {
    const which = { sv: hash ? `En bild i filen (${hash}…)` : 'Bilderna i filen', en: hash ? `An image in the file (${hash}…)` : 'The images in the file' };
    const what: Record<AttachmentProblem['why'], [string, string]> = {
      'hash-mismatch': ['stämmer inte med sin kontrollsumma: filen har ändrats eller skadats efter att den sparades', 'does not match its checksum: the file was changed or damaged after it was saved'],
      'too-large': [`är större än ${mbSv(MAX_ATTACHMENT_BYTES)} MB`, `is larger than ${mb(MAX_ATTACHMENT_BYTES)} MB`],
      'too-many': ['är fler än en säkerhetskopia kan ha', 'are more than a backup can have'],
      'not-image': ['är inte en JPEG- eller PNG-bild', 'is not a JPEG or PNG image'],
      'bad-size': ['saknar giltig bredd och höjd', 'has no valid width and height'],
      shape: ['går inte att läsa', 'cannot be read'],
    };
    const [sv, en] = what[why];
    return err('invalid-attachment', `${which.sv} ${sv}. Inget har importerats.`, `${which.en} ${en}. Nothing was imported.`);
  },
  /** A document of another kind (a digital-service validation) that its kind refuses. */
  invalidDocument: (sv: string, en: string) => err('invalid-records', sv, en),
  tooMany: (inFile: number, stored: number) =>
    err(
      'too-many',
      `Säkerhetskopian skulle ge ${inFile + stored} bedömningar på den här enheten (${inFile} i filen, ${stored} redan sparade), men den rymmer högst ${MAX_ASSESSMENTS}. Inget har importerats.`,
      `The backup would make ${inFile + stored} assessments on this device (${inFile} in the file, ${stored} already stored), but it holds at most ${MAX_ASSESSMENTS}. Nothing was imported.`,
    ),
  noSpace: (neededChars: number, freeBytes: number) =>
    err(
      'no-space',
      `Säkerhetskopian behöver ungefär ${mbSv(neededChars)} MB men webbläsaren har bara ${mbSv(freeBytes)} MB kvar åt appen på den här enheten. Inget har importerats.`,
      `The backup needs about ${mb(neededChars)} MB but the browser has only ${mb(freeBytes)} MB left for the app on this device. Nothing was imported.`,
    ),
  changedSinceCheck: () =>
    err(
      'changed-since-check',
      'Bedömningarna på den här enheten ändrades medan importen förbereddes (kanske i en annan flik). Inget har importerats; läs in filen igen.',
      'The assessments on this device changed while the import was being prepared (perhaps in another tab). Nothing was imported; read the file again.',
    ),
  storage: (reason: 'quota' | 'closed' | 'unknown', detail: string) =>
    err(
      'storage',
      `Importen kunde inte sparas (${reason === 'quota' ? 'lagringsutrymmet är fullt' : reason === 'closed' ? 'databasen stängdes; ladda om sidan' : detail}). Inget har ändrats.`,
      `The import could not be saved (${reason === 'quota' ? 'storage is full' : reason === 'closed' ? 'the database was closed; reload the page' : detail}). Nothing was changed.`,
    ),
  unexpected: (detail: string) =>
    err(
      'unexpected',
      `Filen kunde inte läsas på grund av ett oväntat fel (${detail}). Inget har importerats.`,
      `The file could not be read because of an unexpected error (${detail}). Nothing was imported.`,
    ),
};

/**
 * Walks the parsed JSON without recursion: refuses nesting deeper than MAX_DEPTH (later steps recurse)
 * and keys that could reach an object's prototype when code copies the data.
 */
export function checkStructure(root: unknown): BackupError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return backupErrors.tooDeep(path);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      if (!isArray && FORBIDDEN_KEYS.has(key)) return backupErrors.forbiddenKey(key, path);
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}
