import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings, listBin, listRegister, listSummaries, listVersions, load, moveToBin, save, setLanguage, setPolicy } from '../../../src/storage';
import { DB_NAME, DB_VERSION, closeDatabase, getDb } from '../../../src/storage/db';
import { defaultPolicy, fingerprint } from '../../../src/assessments/camera/domain';
import { dumpDatabase, loadDatabase, schemaOf } from './dbdump';
import type { DatabaseDump } from './dbdump';
import { fixtureAssessments, freshStorage, sample, signedSample } from './helpers';

const DIR = new URL('../../fixtures/db/', import.meta.url);
const dumps = (): { file: string; dump: DatabaseDump }[] =>
  readdirSync(DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((file) => ({ file, dump: JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as DatabaseDump }));

beforeEach(async () => {
  await freshStorage();
});

describe('saved databases of every released version', () => {
  it('has a saved dump of the current DB_VERSION (bumping the version means saving a new dump)', () => {
    expect(existsSync(new URL(`v${DB_VERSION}.json`, DIR))).toBe(true);
  });

  for (const { file, dump } of existsSync(DIR) ? dumps() : []) {
    it(`opens ${file} with the current code: every assessment, version and setting is readable`, async () => {
      await closeDatabase();
      await loadDatabase(dump);
      const rows = dump.stores.find((s) => s.name === 'assessments')?.records ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const { value } of rows) {
        const id = (value as { id: string }).id;
        const loaded = await load(id);
        expect(loaded.ok, `${file}: ${id}`).toBe(true);
      }
      const active = rows.filter((r) => (r.value as { deletedAt: unknown }).deletedAt === null).length;
      expect((await listSummaries()).length).toBe(active);
      expect((await listBin()).length).toBe(rows.length - active);
      const versions = dump.stores.find((s) => s.name === 'versions')?.records ?? [];
      for (const { value } of versions) {
        const v = value as { id: string };
        expect((await listVersions(v.id)).length).toBeGreaterThan(0);
      }
      expect((await getSettings()).language).toBe('en');
      // The upgraded schema is exactly what a fresh install gets.
      await closeDatabase();
      const upgraded = await dumpDatabase(DB_NAME);
      await freshStorage();
      await getDb();
      await closeDatabase();
      const fresh = await dumpDatabase(DB_NAME);
      expect(upgraded.version).toBe(DB_VERSION);
      expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
    });
  }

  // Run with WRITE_DB_FIXTURE=1 once per released DB_VERSION, then commit the file and never change it.
  it.runIf(process.env.WRITE_DB_FIXTURE === '1')('writes the dump of the current version', async () => {
    // Realistic content: the domain's fixtures as a draft and as a signed decision, plus one in the bin.
    const byName = new Map(fixtureAssessments().map((f) => [f.name, f.assessment]));
    const facade = byName.get('facade-night.json') ?? sample('draft-1', 'Ängsskolan');
    const reference = byName.get('reference-8-cameras.json') ?? sample('signed-1', 'Björkskolan');
    await save(facade, facade.revision);
    const signoff = { ...signedSample('x').signoff!, fingerprint: '' };
    const toSign = { ...reference, signoff };
    await save({ ...toSign, signoff: { ...signoff, fingerprint: await fingerprint(toSign) } }, reference.revision);
    await save(sample('binned-1', 'Ekskolan'), 0);
    await moveToBin('binned-1', '2026-03-03T08:00:00.000Z');
    await setLanguage('en');
    await setPolicy({ ...defaultPolicy, organisationName: 'Exempelstads kommun', maxRetentionHours: 48 });
    await closeDatabase();
    const dump = await dumpDatabase(DB_NAME);
    writeFileSync(new URL(`v${DB_VERSION}.json`, DIR), `${JSON.stringify(dump, null, 2)}\n`);
  });
});

describe('the step to v5: the register copies move out of the summaries', () => {
  const v4 = dumps().find((d) => d.file === 'v4.json')!.dump;
  const recordsOf = (dump: DatabaseDump, store: string) => dump.stores.find((s) => s.name === store)?.records.map((r) => r.value) ?? [];

  it('keeps every copy as it was, in a store of its own, and the summaries keep everything else', async () => {
    const before = recordsOf(v4, 'summaries') as { id: string; deletedAt: unknown; register: unknown }[];
    expect(before.some((s) => s.register !== null)).toBe(true);
    await closeDatabase();
    await loadDatabase(v4);
    const db = await getDb();
    const [summaries, registers] = await Promise.all([db.getAll('summaries'), db.getAll('registers')]);
    expect(summaries).toEqual(before.map(({ register: _register, ...lean }) => lean));
    expect(registers).toEqual(before.flatMap((s) => (s.register === null ? [] : [s.register])));
    // What the register lists is what v4's summaries carried, bin left out.
    const listed = before.flatMap((s) => (s.deletedAt === null && s.register !== null ? [s.register] : []));
    expect(await listRegister()).toEqual(listed);
  });

  it('leaves the documents and signed versions byte for byte as they were', async () => {
    await closeDatabase();
    await loadDatabase(v4);
    const db = await getDb();
    expect(await db.getAll('assessments')).toEqual(recordsOf(v4, 'assessments'));
    expect(await db.getAll('versions')).toEqual(recordsOf(v4, 'versions'));
  });
});

describe('the connection', () => {
  it('steps aside when another tab needs to upgrade or delete the database', async () => {
    await save(sample('a'), 0);
    const raw = indexedDB.open(DB_NAME, DB_VERSION + 1);
    const opened = await new Promise<string>((resolve) => {
      raw.onsuccess = () => {
        raw.result.close();
        resolve('opened');
      };
      raw.onblocked = () => resolve('blocked');
    });
    expect(opened).toBe('opened');
  });

  it('reconnects after the browser closed the database under it', async () => {
    await save(sample('a'), 0);
    forceCloseDatabase(unwrap(await getDb()) as never);
    expect(await save(sample('b'), 0)).toMatchObject({ ok: true });
    expect((await listSummaries()).map((s) => s.id).sort()).toEqual(['a', 'b']);
  });

  it('reconnects when the connection was closed without notice', async () => {
    await save(sample('a'), 0);
    (await getDb()).close();
    expect(await save(sample('b'), 0)).toMatchObject({ ok: true });
  });
});
