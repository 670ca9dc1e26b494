// "Verifiera dokument": does this PDF or JSON file hold an unaltered signed assessment? The data is
// restored through the domain, its fingerprint recomputed and compared with the one recorded at signing
// and, for a PDF, with the one printed in its footers (kept in the XMP packet beside the data).
import type { Assessment } from '../domain';
import { fingerprint, restore } from '../domain';
import { isPdf, readPdfPayload } from './extract';

export type VerifyStatus = 'match' | 'altered' | 'not-signed' | 'unreadable';

export interface VerifyResult {
  status: VerifyStatus;
  /** What kind of file it was. */
  source: 'pdf' | 'json' | 'unknown';
  /** Why it is unreadable or altered, for a precise message. */
  reason?: 'redacted-copy' | 'no-data' | 'not-an-assessment' | 'fingerprint-differs' | 'printed-fingerprint-differs';
  /** The fingerprint recomputed from the data. */
  fingerprint?: string;
  /** The fingerprint recorded when it was signed. */
  signedFingerprint?: string;
  assessment?: Assessment;
}

function toBytes(input: Uint8Array | ArrayBuffer | string): Uint8Array | string {
  if (typeof input !== 'string') return input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!input.trimStart().startsWith('%PDF-')) return input;
  // A PDF read as a binary string (FileReader.readAsBinaryString) rather than bytes.
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = input.charCodeAt(i) & 0xff;
  return bytes;
}

export async function verifyDocument(input: Uint8Array | ArrayBuffer | string): Promise<VerifyResult> {
  const data = toBytes(input);
  let raw: unknown = null;
  let printed: string | null = null;
  let source: VerifyResult['source'] = 'unknown';
  if (typeof data !== 'string' && isPdf(data)) {
    source = 'pdf';
    const payload = readPdfPayload(data);
    if (payload.redacted) return { status: 'unreadable', source, reason: 'redacted-copy' };
    if (payload.assessment === null) return { status: 'unreadable', source, reason: 'no-data' };
    raw = payload.assessment;
    printed = payload.fingerprint;
  } else {
    try {
      const text = typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data);
      raw = JSON.parse(text) as unknown;
      source = 'json';
    } catch {
      return { status: 'unreadable', source, reason: 'no-data' };
    }
  }
  const restored = restore(raw);
  if (!restored.ok) return { status: 'unreadable', source, reason: 'not-an-assessment' };
  const assessment = restored.value;
  const computed = await fingerprint(assessment);
  const signoff = assessment.signoff;
  if (!signoff || signoff.fingerprint === '') return { status: 'not-signed', source, fingerprint: computed, assessment };
  const base = { source, fingerprint: computed, signedFingerprint: signoff.fingerprint, assessment };
  if (computed !== signoff.fingerprint) return { ...base, status: 'altered', reason: 'fingerprint-differs' };
  if (printed !== null && printed !== signoff.fingerprint) return { ...base, status: 'altered', reason: 'printed-fingerprint-differs' };
  return { ...base, status: 'match' };
}
