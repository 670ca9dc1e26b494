// Documents of other kinds (v3 `documents` store): saved rows come back as written, listed by kind, and
// "Ta bort allt" erases them with everything else.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { empty } from '../../../src/assessments/digital-service/schema';
import { eraseEverything, listDocuments, loadDocument, saveDocument } from '../../../src/storage';
import { freshStorage } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

describe('documents store', () => {
  it('saves, loads and lists a digital-service validation with its summary and decision date', async () => {
    const doc = empty('ds-1', new Date('2026-12-05T08:00:00Z'));
    doc.service.name = 'Läsresan';
    const saved = await saveDocument({ id: doc.id, kind: 'digital-service', doc, summary: { title: 'Läsresan' }, decidedOn: null });
    expect(saved.ok).toBe(true);
    const loaded = await loadDocument('ds-1');
    expect(loaded.ok && loaded.record.doc).toEqual(doc);
    expect(loaded.ok && loaded.record.kind).toBe('digital-service');
    await saveDocument({ id: 'ds-2', kind: 'digital-service', doc: { ...doc, id: 'ds-2' }, summary: null, decidedOn: '2026-12-05' });
    await saveDocument({ id: 'other', kind: 'some-other-kind', doc: {}, summary: null, decidedOn: null });
    expect((await listDocuments('digital-service')).map((r) => r.id).sort()).toEqual(['ds-1', 'ds-2']);
    expect(await loadDocument('missing')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('is emptied by erase-all', async () => {
    await saveDocument({ id: 'ds-1', kind: 'digital-service', doc: {}, summary: null, decidedOn: null });
    expect((await eraseEverything()).ok).toBe(true);
    expect(await listDocuments('digital-service')).toEqual([]);
  });
});
