// The camera's check of signed data, for the verify page and the batch checker alike: a signed version's
// SignedRecord beside the document, or (files made before records existed) a record made from the raw JSON
// with the frozen canonical form of its own version, before any restore. Never recomputes anything from
// restored data.
import type { SignatureCheck, SignatureProblem, VerifiedFacts } from '../../engine/kind';
import type { Assessment, SignedRecord } from './domain';
import { SCHEMA_VERSION, documentMatchesRecord, parseSignedRecord, recordFromRawDocument, recordIntact, restore, signedDocumentOf } from './domain';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const newer = (v: unknown): boolean => isObject(v) && typeof v.schemaVersion === 'number' && v.schemaVersion > SCHEMA_VERSION;
const unreadable: SignatureCheck = { signed: true, valid: false, fingerprint: null, problem: 'unreadable' };

export async function cameraSignature(raw: unknown, rawRecord: unknown): Promise<SignatureCheck> {
  if (newer(raw) || newer(rawRecord)) return unreadable;
  const restored = restore(raw);
  if (!restored.ok) return unreadable;
  const document = restored.value;
  if (document.signoff === null || document.signoff.fingerprint === '') return { signed: false, valid: null, fingerprint: null };
  const claimed = isObject(raw) && isObject(raw.signoff) && typeof raw.signoff.fingerprint === 'string' ? raw.signoff.fingerprint : '';
  const embedded = rawRecord !== null && rawRecord !== undefined;
  const record: SignedRecord | null = embedded ? parseSignedRecord(rawRecord) : await recordFromRawDocument(raw);
  if (record === null) return embedded ? { signed: true, valid: false, fingerprint: null, problem: 'record-unreadable' } : unreadable;
  const found = { signed: true, fingerprint: record.fingerprint, record: embedded ? 'embedded' : 'derived' } as const;
  const broken = (problem: SignatureProblem): SignatureCheck => ({ ...found, valid: false, problem, claimed });
  if (!(await recordIntact(record))) return broken('record-broken');
  if (claimed !== record.fingerprint) return broken('fingerprint-differs');
  if (embedded && !documentMatchesRecord(document, record)) return broken('record-differs');
  return { ...found, valid: true };
}

/** The signed version as the record gives it (the document in hand when unsigned, or no readable record travelled with it). */
export function cameraFacts(document: Assessment, rawRecord: unknown): VerifiedFacts {
  const unsigned = document.signoff === null || document.signoff.fingerprint === '';
  const record = unsigned ? null : parseSignedRecord(rawRecord);
  const a = (record !== null ? signedDocumentOf(record) : null) ?? document;
  const s = a.signoff;
  return {
    version: {
      id: a.id,
      title: a.school.schoolName,
      version: a.version,
      signed: s ? { by: [s.name, s.title].filter(Boolean).join(', '), at: s.signedAt, date: s.date } : null,
    },
  };
}
