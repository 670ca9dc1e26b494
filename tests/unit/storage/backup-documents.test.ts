// Digital-service validations travel in the backup: restored on import through their kind, a forged or
// broken one refuses the whole file with one message, and a file without them reads exactly as before.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, type ServiceDoc } from '../../../src/assessments/digital-service/schema';
import { serviceFixture } from '../../support/service-fixture';
import { applyImport, eraseEverything, exportBackup, listDocuments, loadDocument, parseBackup, save, saveDocument } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { dumpAll, freshStorage, sample } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

const keep = (doc: ServiceDoc, decidedOn: string | null = null) =>
  saveDocument({ id: doc.id, kind: 'digital-service', doc, summary: null, decidedOn });

async function exported(): Promise<BackupFile> {
  const r = await exportBackup();
  if (!r.ok) throw new Error('export failed');
  return JSON.parse(r.text) as BackupFile;
}

/** A file whose checksum is right for what it says: only the kind's restore can refuse it. */
const withDocuments = async (documents: unknown[]): Promise<string> =>
  JSON.stringify(await buildBackup({ assessments: [], policy: null, documents } as unknown as BackupFile['payload']));

describe('digital-service validations in the backup', () => {
  it('travel with their decision date and come back the same after erase-all', async () => {
    const doc = serviceFixture('05-swedish-lms');
    await keep(doc, '2026-11-02');
    await save(sample('a', 'Skolan'), 0);
    const file = await exported();
    expect(file.formatVersion).toBe(3);
    expect(file.payload.documents?.map((d) => d.doc.id)).toEqual([doc.id]);
    await eraseEverything();
    const parsed = await parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(parsed.plan.counts.add).toBe(2);
    expect((await applyImport(parsed.plan)).ok).toBe(true);
    const back = await loadDocument(doc.id);
    expect(back.ok && back.record.doc).toEqual(doc);
    expect(back.ok && back.record.decidedOn).toBe('2026-11-02');
  });

  it('a device without them still writes a format-2 file with no documents field', async () => {
    await save(sample('a', 'Skolan'), 0);
    const file = await exported();
    expect(file.formatVersion).toBe(2);
    expect('documents' in file.payload).toBe(false);
  });

  it('importing the same file again changes nothing', async () => {
    await keep(serviceFixture('05-swedish-lms'));
    const text = JSON.stringify(await exported());
    const parsed = await parseBackup(text);
    expect(parsed.ok && parsed.plan.counts).toEqual({ add: 0, update: 0, conflict: 0, unchanged: 1 });
  });

  it('a validation changed here after the backup is kept, and the file’s becomes a copy', async () => {
    const doc = serviceFixture('05-swedish-lms');
    await keep(doc);
    const text = JSON.stringify(await exported());
    await keep({ ...doc, service: { ...doc.service, name: 'Ändrad här' }, updatedAt: '2099-01-01T00:00:00.000Z' });
    const parsed = await parseBackup(text, { newId: () => 'copy-1' });
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(parsed.plan.counts.conflict).toBe(1);
    expect((await applyImport(parsed.plan)).ok).toBe(true);
    const rows = await listDocuments('digital-service');
    expect(rows.map((r) => r.id).sort()).toEqual(['copy-1', doc.id].sort());
    const local = await loadDocument(doc.id);
    expect(local.ok && parseDocument(local.record.doc).ok && (local.record.doc as ServiceDoc).service.name).toBe('Ändrad här');
  });

  it.each([
    ['a field the schema does not have', (d: ServiceDoc) => ({ ...d, evil: 1 })],
    ['a wrong answer type', (d: ServiceDoc) => ({ ...d, service: { ...d.service, youngestAge: 'tio' } })],
    ['an empty id', (d: ServiceDoc) => ({ ...d, id: '' })],
    ['a camera assessment in the list', () => sample('x')],
    ['an unknown format', (d: ServiceDoc) => ({ ...d, format: 'kamerabedomning/other' })],
  ])('refuses %s with one Swedish message and imports nothing', async (_, forge) => {
    await keep(serviceFixture('00-compliant-base'));
    const before = await dumpAll();
    const text = await withDocuments([{ kind: 'digital-service', doc: serviceFixture('05-swedish-lms'), decidedOn: null }, { kind: 'digital-service', doc: forge(serviceFixture('01-free-quiz-app')), decidedOn: null }]);
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message.sv).toMatch(/^Dokument 2 .*Inget har importerats\.$/);
    expect(parsed.error.message.en).toContain('Nothing was imported');
    expect(await dumpAll()).toBe(before);
  });

  it('refuses a bad decision date and two documents with one id', async () => {
    const doc = serviceFixture('05-swedish-lms');
    for (const docs of [[{ kind: 'x', doc, decidedOn: '2026-13-40' }], [{ doc }, { doc }], 'not a list']) {
      const parsed = await parseBackup(await withDocuments(docs as unknown[]));
      expect(parsed.ok).toBe(false);
    }
  });

  it('survives fuzzed documents: never throws, and a refused file writes nothing', async () => {
    const base = serviceFixture('05-swedish-lms') as unknown as Record<string, unknown>;
    const junk: unknown[] = [null, 0, -1, 1e300, '', 'x'.repeat(3000), [], {}, true, '2026-02-30'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const before = await dumpAll();
    for (let i = 0; i < 60; i++) {
      const doc = structuredClone(base);
      const part = Object.keys(doc)[rnd(Object.keys(doc).length)] as string;
      const value = doc[part];
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        (value as Record<string, unknown>)[keys[rnd(keys.length)] as string] = junk[rnd(junk.length)];
      } else doc[part] = junk[rnd(junk.length)];
      const parsed = await parseBackup(await withDocuments([{ kind: 'digital-service', doc, decidedOn: null }]));
      if (!parsed.ok) expect(parsed.error.message.sv).toContain('Inget har importerats');
    }
    expect(await dumpAll()).toBe(before);
  });
});
