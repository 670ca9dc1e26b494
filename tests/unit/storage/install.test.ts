import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDatabase, getDb } from '../../../src/storage/db';
import { eraseEverything, listSummaries, load, save } from '../../../src/storage';
import { pinInstall } from '../../../src/storage/install';
import { freshStorage, sample } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

describe('the erase-all tombstone', () => {
  it('refuses a save from a tab that started before another tab erased everything, and writes nothing', async () => {
    expect((await save(sample('a'), 0)).ok).toBe(true);
    await pinInstall(); // this tab opened the assessment
    // Another tab erases: the database is deleted; this tab never hears of it.
    await deleteDatabase();
    const result = await save({ ...sample('a'), revision: 1 }, 1);
    expect(result).toMatchObject({ ok: false, reason: 'erased' });
    expect(await listSummaries()).toEqual([]);
    expect(await load('a')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('refuses too when the stores were only cleared (the database could not be deleted)', async () => {
    expect((await save(sample('a'), 0)).ok).toBe(true);
    await pinInstall();
    const db = await getDb();
    const tx = db.transaction(['assessments', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('assessments').clear(), tx.objectStore('meta').clear(), tx.done]);
    expect(await save(sample('b'), 0)).toMatchObject({ ok: false, reason: 'erased' });
    expect(await listSummaries()).toEqual([]);
  });

  it('lets the tab that erased go on with the new, empty database', async () => {
    expect((await save(sample('a'), 0)).ok).toBe(true);
    await pinInstall();
    expect(await eraseEverything()).toEqual({ ok: true });
    const result = await save(sample('b'), 0);
    expect(result.ok).toBe(true);
    expect((await listSummaries()).map((s) => s.id)).toEqual(['b']);
  });
});
