// Attached images in a backup file: `payload.attachments` maps each image's SHA-256 to its type, size and
// bytes (base64), only for images the exported documents refer to. On reading, every image must hash to its
// name, or the file is refused as a whole: a forged image would otherwise pass as the signed one.
import type { StoreDoc } from '../engine/kind';
import { base64ToBytes, bytesToBase64 } from '../engine/base64';
import { sha256HexOfBytes } from '../engine/sha256';
import { attachmentProblem, attachmentsOf, isAttachmentHash, MAX_ATTACHMENT_BYTES } from './attachments';
import type { AttachmentFault, AttachmentRecord } from './attachments';

export interface EncodedAttachment {
  type: AttachmentRecord['type'];
  width: number;
  height: number;
  base64: string;
}

export type AttachmentSection = Record<string, EncodedAttachment>;

/** More images than this in one file is not a school's backup (about 15 images per assessment, 50 assessments). */
export const MAX_BACKUP_ATTACHMENTS = 2000;

export { bytesToBase64 as toBase64 } from '../engine/base64';

/** Every image the documents refer to, signed versions included. */
export function referencedAttachments(documents: Iterable<StoreDoc>): Set<string> {
  const out = new Set<string>();
  for (const d of documents) for (const h of attachmentsOf(d)) out.add(h);
  return out;
}

/** The section for a backup, keys sorted so the same images give the same file. */
export function encodeAttachments(records: Iterable<AttachmentRecord>): AttachmentSection {
  const sorted = [...records].sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  return Object.fromEntries(sorted.map((r) => [r.hash, { type: r.type, width: r.width, height: r.height, base64: bytesToBase64(r.bytes) }]));
}

/** Why an attachment section cannot be read: which image (its hash, shortened) and what is wrong. */
export interface AttachmentProblem {
  hash: string;
  why: 'shape' | 'too-many' | 'hash-mismatch' | AttachmentFault;
}

/**
 * Reads the section of a backup: each image decoded, checked and hashed. Images no document refers to are
 * not kept. An absent section is an older file: no images.
 */
export async function decodeAttachments(raw: unknown, referenced: ReadonlySet<string>): Promise<{ ok: true; records: AttachmentRecord[] } | { ok: false; problem: AttachmentProblem }> {
  if (raw === undefined) return { ok: true, records: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: { hash: '', why: 'shape' } };
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_BACKUP_ATTACHMENTS) return { ok: false, problem: { hash: '', why: 'too-many' } };
  const records: AttachmentRecord[] = [];
  for (const [hash, value] of entries) {
    if (!isAttachmentHash(hash) || value === null || typeof value !== 'object') return { ok: false, problem: { hash: hash.slice(0, 12), why: 'shape' } };
    const { type, width, height, base64 } = value as Record<string, unknown>;
    if (typeof base64 !== 'string') return { ok: false, problem: { hash: hash.slice(0, 12), why: 'shape' } };
    // Checked before decoding: base64 is 4 characters for 3 bytes.
    if (base64.length > Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4) return { ok: false, problem: { hash: hash.slice(0, 12), why: 'too-large' } };
    const bytes = base64ToBytes(base64);
    if (bytes === null) return { ok: false, problem: { hash: hash.slice(0, 12), why: 'shape' } };
    const problem = attachmentProblem(type, bytes, width, height);
    if (problem !== null) return { ok: false, problem: { hash: hash.slice(0, 12), why: problem } };
    if ((await sha256HexOfBytes(bytes)) !== hash) return { ok: false, problem: { hash: hash.slice(0, 12), why: 'hash-mismatch' } };
    if (referenced.has(hash)) records.push({ hash, type: type as AttachmentRecord['type'], width: width as number, height: height as number, bytes });
  }
  return { ok: true, records };
}
