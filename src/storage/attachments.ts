// Images attached to an assessment (a floor plan or a photo with the field of view marked). The bytes live in their
// own store, named by their SHA-256: the same image twice is stored once, and the document holds only the
// hash, so a signed document's fingerprint covers the image without its bytes in every save.
import type { StoreDoc } from '../engine/kind';
import { sha256HexOfBytes } from '../engine/sha256';
import { withDb } from './db';
import type { AttachmentRecord, AttachmentType } from './db';
import { storageFailure } from './errors';
import type { StorageFailure } from './errors';
import { storeKind } from './store-kind';

export type { AttachmentRecord, AttachmentType } from './db';

/**
 * The most one stored image may weigh. The browser downscales to 1600 px before storing (a photo is then
 * well under 1 MB, a detailed PNG drawing a few MB); more than this is a file that skipped that step.
 */
export const MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024;
export const ATTACHMENT_TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png'];
const HASH_RE = /^[0-9a-f]{64}$/;

export const isAttachmentHash = (s: unknown): s is string => typeof s === 'string' && HASH_RE.test(s);

/** Whether the bytes start as the type says: a PNG signature or a JPEG start-of-image marker. */
export function bytesMatchType(bytes: Uint8Array, type: AttachmentType): boolean {
  const head = Array.from(bytes.subarray(0, 8));
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return type === 'image/png' ? png.every((b, i) => head[i] === b) : head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
}

export type AttachmentFault = 'not-image' | 'too-large' | 'bad-size';

/** Checks an image before it is stored: what is wrong, or null when it may be stored. */
export function attachmentProblem(type: unknown, bytes: Uint8Array, width: unknown, height: unknown): AttachmentFault | null {
  if (type !== 'image/jpeg' && type !== 'image/png') return 'not-image';
  if (bytes.byteLength === 0 || !bytesMatchType(bytes, type)) return 'not-image';
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return 'too-large';
  const size = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 10_000;
  if (!size(width) || !size(height)) return 'bad-size';
  return null;
}

export type SaveAttachmentResult = { ok: true; hash: string } | { ok: false; reason: 'invalid'; problem: AttachmentFault } | StorageFailure;

/** Stores an image (already downscaled) and returns its hash; storing the same bytes again changes nothing. */
export async function saveAttachment(input: Omit<AttachmentRecord, 'hash'>): Promise<SaveAttachmentResult> {
  const problem = attachmentProblem(input.type, input.bytes, input.width, input.height);
  if (problem !== null) return { ok: false, reason: 'invalid', problem };
  try {
    const hash = await sha256HexOfBytes(input.bytes);
    await withDb((db) => db.put('attachments', { hash, type: input.type, bytes: input.bytes, width: input.width, height: input.height }));
    return { ok: true, hash };
  } catch (e) {
    return storageFailure(e);
  }
}

export function loadAttachment(hash: string): Promise<AttachmentRecord | undefined> {
  return isAttachmentHash(hash) ? withDb((db) => db.get('attachments', hash)) : Promise.resolve(undefined);
}

/** The stored images among `hashes`; a hash with no stored image is left out. */
export async function loadAttachments(hashes: Iterable<string>): Promise<Map<string, AttachmentRecord>> {
  const wanted = [...new Set(hashes)].filter(isAttachmentHash);
  if (wanted.length === 0) return new Map();
  const rows = await withDb(async (db) => {
    const tx = db.transaction('attachments', 'readonly');
    const found = await Promise.all(wanted.map((h) => tx.store.get(h)));
    await tx.done;
    return found;
  });
  return new Map(rows.flatMap((r) => (r ? [[r.hash, r] as const] : [])));
}

/** The images a document refers to (a camera whose image was removed refers to none). */
export function attachmentsOf(a: StoreDoc): string[] {
  return storeKind().imageRefs(a).filter(isAttachmentHash);
}

/**
 * Deletes those of `hashes` no stored document refers to any more: neither an assessment (binned ones
 * included) nor a signed version. Called after a save that dropped an image and after the bin is emptied, so a
 * photo the principal removed does not stay on the computer; an image a signed version shows is kept as long as
 * that version is. Scans and deletes in one transaction, so a save that names the image again in between is seen.
 */
export async function forgetImages(hashes: Iterable<string>): Promise<void> {
  const candidates = new Set([...hashes].filter(isAttachmentHash));
  if (candidates.size === 0) return;
  return withDb(async (db) => {
    const tx = db.transaction(['assessments', 'versions', 'attachments'], 'readwrite');
    const [rows, versions] = await Promise.all([tx.objectStore('assessments').getAll(), tx.objectStore('versions').getAll()]);
    for (const raw of [...rows.map((r) => r.assessment as unknown), ...versions.map((v) => v.assessment as unknown)]) {
      for (const h of storeKind().imageRefsIn(raw)) candidates.delete(h);
    }
    await Promise.all([...candidates].map((h) => tx.objectStore('attachments').delete(h)));
    await tx.done;
  });
}
