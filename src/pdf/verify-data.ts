// What a verification finds, and the check of signed data alone (a PDF's, a JSON file's, a backup's).
import type { Assessment, SignedRecord } from '../assessments/camera/domain';
import { SCHEMA_VERSION, documentMatchesRecord, parseSignedRecord, recordFromRawDocument, recordIntact, restore, signedDocumentOf } from '../assessments/camera/domain';
import type { Text } from '../engine/kind';
import type { PdfDeps } from './fonts';
import type { TextDifference } from './page-diff';
import type { PdfjsLib } from './page-text';

export type VerifyStatus = 'match' | 'altered' | 'pages-not-compared' | 'not-signed' | 'unreadable';

export type AlteredReason =
  | 'record-unreadable'
  | 'record-broken'
  | 'record-differs'
  | 'fingerprint-differs'
  | 'printed-fingerprint-differs'
  | 'previous-broken'
  | 'text-differs';

export type UnreadableReason = 'redacted-copy' | 'no-data' | 'not-an-assessment' | 'newer-version';

/** What a verifier shows of a document of another kind than the camera's, in both languages where it has words. */
export interface KindDecision {
  kind: Text;
  /** The service, or whatever the kind names its documents by. */
  title: string;
  outcome: Text;
  by: string;
  /** 'YYYY-MM-DD' from the record; null when nothing was decided. */
  on: string | null;
}

/** Where a fingerprint is known: this device's signed versions, a file the user added, or typed from the diarium. */
export interface KnownSource {
  where: 'device' | 'file' | 'typed';
  /** The file's name, or the assessment and version the device holds. */
  detail: string;
}

export interface VerifyResult {
  status: VerifyStatus;
  source: 'pdf' | 'json' | 'backup' | 'unknown';
  reason?: AlteredReason | UnreadableReason;
  /** The signed fingerprint, recomputed from the signed text. */
  fingerprint?: string;
  /** The fingerprint the document says it was signed with, when it differs from the recomputed one. */
  signedFingerprint?: string;
  /** Whether the record travelled with the file or was derived from a file made before records existed. */
  record?: 'embedded' | 'derived';
  /** What was signed, restored for display. */
  assessment?: Assessment;
  /** A document of another kind (a digital-service decision): what the verify page shows of it. */
  decision?: KindDecision;
  /** For a PDF whose pages could be made again: where the text differs (empty when it reads the same). */
  differences?: TextDifference[];
  /** Where this fingerprint is known; empty when nowhere. */
  known: KnownSource[];
  /** A backup: one result per signed version in it. */
  entries?: VerifyResult[];
}

export interface VerifyDeps {
  /** Fonts for making the pages again (the browser's by default). */
  fonts?: PdfDeps;
  /** pdf.js (the browser's lazily loaded build by default; tests pass the legacy Node build). */
  pdfjs?: () => Promise<PdfjsLib>;
  /** Where a fingerprint is known; nowhere by default. */
  known?: (fingerprint: string) => Promise<KnownSource[]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Checked {
  result: VerifyResult;
  /** The document in hand, restored, when its data agree with what was signed (for making the pages again). */
  document?: Assessment;
}

/**
 * The data alone: a raw document and, when it travelled with one, its record. Never recomputes anything
 * from restored data: the record's own text, or the raw JSON through the frozen canonical form.
 */
export async function checkSignedData(raw: unknown, recordRaw: unknown, source: VerifyResult['source'], known: VerifyDeps['known']): Promise<Checked> {
  const none = { source, known: [] as KnownSource[] };
  const newer = (v: unknown): boolean => isObject(v) && typeof v.schemaVersion === 'number' && v.schemaVersion > SCHEMA_VERSION;
  if (newer(raw) || newer(recordRaw)) return { result: { ...none, status: 'unreadable', reason: 'newer-version' } };
  const restored = restore(raw);
  if (!restored.ok) return { result: { ...none, status: 'unreadable', reason: 'not-an-assessment' } };
  const document = restored.value;
  if (document.signoff === null || document.signoff.fingerprint === '') return { result: { ...none, status: 'not-signed', assessment: document } };
  const claimed = isObject(raw) && isObject(raw.signoff) && typeof raw.signoff.fingerprint === 'string' ? raw.signoff.fingerprint : '';
  let record: SignedRecord | null;
  if (recordRaw !== null && recordRaw !== undefined) {
    record = parseSignedRecord(recordRaw);
    if (record === null) return { result: { ...none, status: 'altered', reason: 'record-unreadable', assessment: document } };
  } else {
    record = await recordFromRawDocument(raw);
    if (record === null) return { result: { ...none, status: 'unreadable', reason: 'not-an-assessment' } };
  }
  const base = { source, fingerprint: record.fingerprint, record: recordRaw == null ? 'derived' : 'embedded', assessment: signedDocumentOf(record) ?? document } as const;
  const knownAt = (await known?.(record.fingerprint)) ?? [];
  const altered = (reason: AlteredReason): Checked => ({ result: { ...base, known: knownAt, status: 'altered', reason, signedFingerprint: claimed } });
  if (!(await recordIntact(record))) return altered('record-broken');
  if (claimed !== record.fingerprint) return altered('fingerprint-differs');
  if (recordRaw != null && !documentMatchesRecord(document, record)) return altered('record-differs');
  return { result: { ...base, known: knownAt, status: 'match' }, document };
}

