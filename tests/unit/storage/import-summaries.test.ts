// A validation imported from a backup is stored with the summary a save would store, so the register and
// home see it at once (before, it came in with none and lists showed it blank or not at all).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { serviceFixture } from '../../support/service-fixture';
import { recordOf } from '../../../src/assessments/digital-service/ui/record';
import { applyImport, eraseEverything, exportBackup, listDocuments, loadDocument, parseBackup, saveDocument } from '../../../src/storage';
import type { BackupFile } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { freshStorage } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

async function importText(text: string, newId?: () => string): Promise<void> {
  const parsed = await parseBackup(text, newId ? { newId } : {});
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const applied = await applyImport(parsed.plan);
  if (!applied.ok) throw new Error(applied.error.message.en);
}

const storedRow = async (id: string) => {
  const r = await loadDocument(id);
  if (!r.ok) throw new Error(`no row ${id}`);
  return r.record;
};

describe('validations imported from a backup', () => {
  it('are stored with the summary a save stores, decided or draft, and the document unchanged', async () => {
    const decided = serviceFixture('05-swedish-lms');
    const draft = serviceFixture('01-free-quiz-app');
    await saveDocument(recordOf(decided, '2026-11-02', new Date()));
    await saveDocument(recordOf(draft, null, new Date()));
    const saved = [await storedRow(decided.id), await storedRow(draft.id)];
    const r = await exportBackup();
    if (!r.ok) throw new Error('export failed');
    await eraseEverything();
    await importText(r.text);
    for (const before of saved) {
      const after = await storedRow(before.id);
      expect(after.summary).not.toBeNull();
      expect(after.summary).toEqual(before.summary);
      expect(JSON.stringify(after.doc)).toBe(JSON.stringify(before.doc));
    }
  });

  it('a file holding only a validation gives it the summary of a save, and a kept copy its own id', async () => {
    const doc = serviceFixture('05-swedish-lms');
    const file = await buildBackup({ assessments: [], policy: null, documents: [{ kind: 'digital-service', doc, decidedOn: '2026-11-02' }] } as BackupFile['payload']);
    await importText(JSON.stringify(file));
    const expected = recordOf(doc, '2026-11-02', new Date()).summary;
    expect((await storedRow(doc.id)).summary).toEqual(expected);
    // Changed here since: the file's validation becomes a copy, summarized under the copy's id.
    await saveDocument(recordOf({ ...doc, updatedAt: '2099-01-01T00:00:00.000Z' }, '2026-11-02', new Date()));
    await importText(JSON.stringify(file), () => 'copy-1');
    expect((await storedRow('copy-1')).summary).toEqual({ ...expected, id: 'copy-1' });
    expect((await listDocuments('digital-service')).every((row) => row.summary !== null)).toBe(true);
  });
});
