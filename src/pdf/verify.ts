// "Verifiera dokument": does this PDF, JSON file or backup hold an unaltered signed document, and does a
// PDF show what was signed? Each document is checked by its own kind, found by its `format` (verify-kind.ts):
// what was signed is the record beside the document, or for files made before records existed, the raw JSON
// hashed with the frozen canonical form of its own version, before any restore. A PDF's pages are then made
// again from the signed data and their text compared with the text a reader sees. Whether the fingerprint is
// known (register, backup, diarium) is asked of `known`: a SHA-256 anyone can recompute proves nothing alone.
import type { Found } from '../engine/check';
import type { VerifyDeps, VerifyResult } from './verify-result';
import { isPdf, readPdfPayload } from './extract';
import { verifyBackup } from './verify-backup';
import { kindOf, unknownFileReason, verifyKindDocument } from './verify-kind';
import type { PdfInHand } from './verify-pages';

export type { AlteredReason, KindDecision, KnownSource, UnreadableReason, VerifyDeps, VerifyResult, VerifyStatus } from './verify-result';

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
    const found = { raw: payload.assessment, rawRecord: payload.signed, rawPolicy: render?.policy ?? null, printed: payload.fingerprint };
    return verifyFound(found, 'pdf', deps, { bytes: data, render, language: payload.language });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data)) as unknown;
  } catch {
    return { status: 'unreadable', source: 'unknown', reason: 'no-data', known: [] };
  }
  const backup = await verifyBackup(raw, (version) => verifyFound(version, 'backup', deps));
  if (backup !== null) return backup;
  return verifyFound({ raw, rawRecord: null, rawPolicy: null, printed: null }, 'json', deps);
}

/** One document as it travelled, checked by its kind; a file no kind here reads is from a newer app or not an assessment. */
async function verifyFound(found: Found, source: VerifyResult['source'], deps: VerifyDeps, pdf: PdfInHand | null = null): Promise<VerifyResult> {
  const kind = await kindOf(found.raw);
  if (kind === null) return { status: 'unreadable', source, reason: await unknownFileReason(found.raw), known: [] };
  return verifyKindDocument(kind, found, source, deps, pdf);
}
