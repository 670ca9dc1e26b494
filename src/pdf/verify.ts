// "Verifiera dokument": does this PDF, JSON file or backup hold an unaltered signed assessment, and does a
// PDF show what was signed? What was signed is the SignedRecord beside the document; files made before
// records existed are hashed with the frozen canonical form of their own version, on the raw JSON, before
// any restore. A PDF's pages are then made again from the signed data and their text compared with the
// text a reader sees. A document of another kind is checked by its own kind (verify-kind.ts). Whether the fingerprint is known (register, backup, diarium) is asked of `known`:
// a SHA-256 anyone can recompute proves nothing alone.
import type { VerifyDeps, VerifyResult } from './verify-data';
import { checkSignedData } from './verify-data';
import { isPdf, readPdfPayload } from './extract';
import { comparedPages } from './verify-pages';
import { verifyBackup } from './verify-backup';
import { kindOf, otherKindOf, verifyKindDocument } from './verify-kind';
import { ASSESSMENT_FORMAT } from '../assessments/camera/domain/types';

export type { AlteredReason, KindDecision, KnownSource, UnreadableReason, VerifyDeps, VerifyResult, VerifyStatus } from './verify-data';

function toBytes(input: Uint8Array | ArrayBuffer | string): Uint8Array | string {
  if (typeof input !== 'string') return input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!input.trimStart().startsWith('%PDF-')) return input;
  // A PDF read as a binary string (FileReader.readAsBinaryString) rather than bytes.
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = input.charCodeAt(i) & 0xff;
  return bytes;
}

export async function verifyDocument(input: Uint8Array | ArrayBuffer | string, deps: VerifyDeps = {}): Promise<VerifyResult> {
  const data = toBytes(input);
  if (typeof data !== 'string' && isPdf(data)) {
    const payload = readPdfPayload(data);
    if (payload.redacted) return { status: 'unreadable', source: 'pdf', reason: 'redacted-copy', known: [] };
    if (payload.assessment === null) return { status: 'unreadable', source: 'pdf', reason: 'no-data', known: [] };
    const render = payload.render !== null && typeof payload.render === 'object' && !Array.isArray(payload.render) ? (payload.render as Record<string, unknown>) : null;
    const inHand = { bytes: data, render, language: payload.language };
    const kind = await kindOf(payload.assessment);
    if (kind !== null && kind.format !== ASSESSMENT_FORMAT) {
      const found = { raw: payload.assessment, rawRecord: payload.signed, rawPolicy: render?.policy ?? null, printed: payload.fingerprint };
      return verifyKindDocument(kind, found, 'pdf', deps, inHand);
    }
    const { result, document } = await checkSignedData(payload.assessment, payload.signed, 'pdf', deps.known);
    if (result.status !== 'match' || document === undefined || kind === null) return result;
    if (payload.fingerprint !== null && payload.fingerprint !== result.fingerprint) {
      return { ...result, status: 'altered', reason: 'printed-fingerprint-differs', signedFingerprint: payload.fingerprint };
    }
    return comparedPages(kind, document, null, inHand, deps, result);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data)) as unknown;
  } catch {
    return { status: 'unreadable', source: 'unknown', reason: 'no-data', known: [] };
  }
  const backup = await verifyBackup(raw, deps.known);
  if (backup !== null) return backup;
  const other = await otherKindOf(raw);
  if (other !== null) return verifyKindDocument(other, { raw, rawRecord: null, rawPolicy: null, printed: null }, 'json', deps);
  return (await checkSignedData(raw, null, 'json', deps.known)).result;
}
