// Images attached to cameras: stored once by their hash, carried in backups only when referred to, checked
// against their hash on import (a forged image refuses the whole file), deleted once no document names them, and
// erased with everything else.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { newCamera } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { applyImport, deleteFromBin, emptyBin, eraseEverything, exportBackup, load, loadAttachment, moveToBin, parseBackup, save, saveAttachment } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { MAX_ATTACHMENT_BYTES } from '../../../src/storage/attachments';
import { toBase64 } from '../../../src/storage/attachments-backup';
import { canonicalJson } from '../../../src/storage/canonical';
import { getDb } from '../../../src/storage/db';
import { dumpAll, freshStorage, recordOf, sample, signedSample } from './helpers';

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const reseal = (f: BackupFile): string => JSON.stringify({ ...f, checksum: sha(canonicalJson(f.payload)) });
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (seed: number, size = 64): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i < 8 ? PNG_HEAD[i]! : (i * 31 + seed) % 256));

async function countImages(): Promise<number> {
  return (await getDb()).count('attachments');
}

/** A draft whose one camera shows `hash` with a triangle marked. */
function withImage(id: string, hash: string): Assessment {
  const a = sample(id);
  return { ...a, cameras: [{ ...newCamera('c1', 0), view: { attachment: hash, polygon: [[0.1, 0.1], [0.9, 0.2], [0.5, 0.8]] } }] };
}

async function exported(): Promise<BackupFile> {
  const out = await exportBackup();
  if (!out.ok) throw new Error('export failed');
  return JSON.parse(out.text) as BackupFile;
}

async function stored(): Promise<{ hash: string; file: BackupFile; bytes: Uint8Array }> {
  const bytes = png(1);
  const saved = await saveAttachment({ type: 'image/png', bytes, width: 40, height: 30 });
  if (!saved.ok) throw new Error('not saved');
  expect(await save(withImage('a', saved.hash), 0)).toMatchObject({ ok: true });
  return { hash: saved.hash, file: await exported(), bytes };
}

beforeEach(async () => {
  await freshStorage();
});

describe('storing an image', () => {
  it('names it by the SHA-256 of its bytes and stores the same image once', async () => {
    const bytes = png(7);
    const first = await saveAttachment({ type: 'image/png', bytes, width: 10, height: 10 });
    const again = await saveAttachment({ type: 'image/png', bytes, width: 10, height: 10 });
    expect(first).toEqual({ ok: true, hash: sha(bytes) });
    expect(again).toEqual(first);
    expect(await countImages()).toBe(1);
    expect(Array.from((await loadAttachment(sha(bytes)))?.bytes ?? [])).toEqual(Array.from(bytes));
  });

  it('refuses what is not a JPEG or PNG, or too large, and stores nothing', async () => {
    const gif = new TextEncoder().encode('GIF89a....');
    expect(await saveAttachment({ type: 'image/png', bytes: gif, width: 1, height: 1 })).toMatchObject({ ok: false, problem: 'not-image' });
    expect(await saveAttachment({ type: 'image/jpeg', bytes: png(1), width: 1, height: 1 })).toMatchObject({ ok: false, problem: 'not-image' });
    expect(await saveAttachment({ type: 'image/png', bytes: png(1, MAX_ATTACHMENT_BYTES + 1), width: 1, height: 1 })).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await saveAttachment({ type: 'image/png', bytes: png(1), width: 0, height: 1 })).toMatchObject({ ok: false, problem: 'bad-size' });
    expect(await countImages()).toBe(0);
  });

  it('is erased with everything else', async () => {
    await stored();
    expect(await eraseEverything()).toEqual({ ok: true });
    expect(await countImages()).toBe(0);
  });
});

describe('images in a backup', () => {
  it('a backup without images has no attachments section', async () => {
    await save(sample('plain'), 0);
    expect('attachments' in (await exported()).payload).toBe(false);
  });

  it('round trip: the image travels with the document that refers to it and is stored on the other device', async () => {
    const { hash, file, bytes } = await stored();
    // An image no document refers to stays behind.
    await saveAttachment({ type: 'image/png', bytes: png(2), width: 5, height: 5 });
    expect(Object.keys((await exported()).payload.attachments ?? {})).toEqual([hash]);
    expect(file.payload.attachments?.[hash]).toMatchObject({ type: 'image/png', width: 40, height: 30, base64: toBase64(bytes) });

    await freshStorage();
    const parsed = await parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(await applyImport(parsed.plan)).toMatchObject({ ok: true, added: 1 });
    const loaded = await load('a');
    expect(loaded.ok && loaded.assessment.cameras[0]?.view?.attachment).toBe(hash);
    const image = await loadAttachment(hash);
    expect(image && Array.from(image.bytes)).toEqual(Array.from(bytes));
    expect(await countImages()).toBe(1);
  });

  it('a forged image (bytes that do not hash to its name), resealed: refused with one clear message, nothing imported', async () => {
    const { hash, file } = await stored();
    await freshStorage();
    const before = await dumpAll();
    const forged = structuredClone(file);
    forged.payload.attachments![hash]!.base64 = toBase64(png(99));
    const parsed = await parseBackup(reseal(forged));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.kind).toBe('invalid-attachment');
      expect(parsed.error.message.sv).toBe(`En bild i filen (${hash.slice(0, 12)}…) stämmer inte med sin kontrollsumma: filen har ändrats eller skadats efter att den sparades. Inget har importerats.`);
    }
    expect(await dumpAll()).toBe(before);
  });

  it('refuses an oversize, a mislabelled, a badly named or a malformed image section', async () => {
    const { hash, file } = await stored();
    await freshStorage();
    const before = await dumpAll();
    const variants: [string, (f: BackupFile) => void][] = [
      ['too-large', (f) => (f.payload.attachments![hash]!.base64 = 'A'.repeat(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4))],
      ['not-image', (f) => (f.payload.attachments![hash]!.type = 'image/jpeg')],
      ['not-image', (f) => ((f.payload.attachments![hash] as unknown as Record<string, unknown>).type = 'image/svg+xml')],
      ['shape', (f) => (f.payload.attachments![hash]!.base64 = '!!not base64!!')],
      ['shape', (f) => (f.payload.attachments = { [hash.toUpperCase()]: f.payload.attachments![hash]! })],
      ['shape', (f) => ((f.payload as Record<string, unknown>).attachments = [1, 2])],
      ['bad-size', (f) => (f.payload.attachments![hash]!.width = -3)],
    ];
    for (const [why, change] of variants) {
      const f = structuredClone(file);
      change(f);
      const parsed = await parseBackup(reseal(f));
      expect(parsed.ok ? 'imported' : parsed.error.kind, why).toBe('invalid-attachment');
      if (!parsed.ok) expect(parsed.error.message.sv).toMatch(/Inget har importerats\.$/);
    }
    expect(await dumpAll()).toBe(before);
  });

  it('an older backup without the section imports as before, its cameras without images', async () => {
    const { file } = await stored();
    const { attachments: _dropped, ...payload } = file.payload;
    await freshStorage();
    const parsed = await parseBackup(reseal({ ...file, payload }));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(await applyImport(parsed.plan)).toMatchObject({ ok: true, added: 1 });
    expect(await countImages()).toBe(0);
  });
});

describe('an image no document names any more', () => {
  async function image(seed: number): Promise<string> {
    const saved = await saveAttachment({ type: 'image/png', bytes: png(seed), width: 40, height: 30 });
    if (!saved.ok) throw new Error('not saved');
    return saved.hash;
  }
  const withoutImage = (a: Assessment, revision: number): Assessment => ({ ...a, revision, cameras: a.cameras.map((c) => ({ ...c, view: undefined })) });

  it('is deleted from the computer once the draft that dropped it is saved', async () => {
    const hash = await image(1);
    const first = await save(withImage('a', hash), 0);
    if (!first.ok) throw new Error('not saved');
    expect(await loadAttachment(hash)).toBeDefined();
    expect(await save(withoutImage(first.assessment, first.revision), first.revision)).toMatchObject({ ok: true });
    expect(await loadAttachment(hash)).toBeUndefined();
    expect(await countImages()).toBe(0);
  });

  it('stays while another assessment, binned or not, still names it', async () => {
    const hash = await image(2);
    const a = await save(withImage('a', hash), 0);
    expect(await save(withImage('b', hash), 0)).toMatchObject({ ok: true });
    if (!a.ok) throw new Error('not saved');
    expect(await moveToBin('b')).toMatchObject({ ok: true });
    await save(withoutImage(a.assessment, a.revision), a.revision);
    expect(await loadAttachment(hash)).toBeDefined();
    expect(await emptyBin()).toEqual({ ok: true, removed: 1 });
    expect(await loadAttachment(hash)).toBeUndefined();
  });

  it('stays as long as a signed version shows it, and goes with it from the bin', async () => {
    const hash = await image(3);
    const signed = signedSample('s', undefined, undefined, withImage('s', hash));
    expect(await save(signed, 0, recordOf(signed))).toMatchObject({ ok: true });
    const other = await image(4);
    expect(await save(withImage('t', other), 0)).toMatchObject({ ok: true });
    expect(await deleteFromBin('s')).toEqual({ ok: false, reason: 'not-found' });
    expect(await loadAttachment(hash)).toBeDefined();
    expect(await moveToBin('s')).toMatchObject({ ok: true });
    expect(await deleteFromBin('s')).toEqual({ ok: true });
    expect(await loadAttachment(hash)).toBeUndefined();
    expect(await loadAttachment(other)).toBeDefined();
  });

  it('is looked for in damaged rows too, without failing the save', async () => {
    const hash = await image(5);
    const db = await getDb();
    // A row of no known shape that still names the image where a camera would.
    await db.put('assessments', { id: 'odd', assessment: { cameras: [null, 'x', { view: { attachment: hash } }] } } as never);
    const a = await save(withImage('a', hash), 0);
    if (!a.ok) throw new Error('not saved');
    expect(await save(withoutImage(a.assessment, a.revision), a.revision)).toMatchObject({ ok: true });
    expect(await loadAttachment(hash)).toBeDefined();
  });
});
