import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import {
  applyImport,
  eraseEverything,
  exportBackup,
  getSettings,
  listBin,
  listSummaries,
  listVersions,
  load,
  moveToBin,
  needsBackup,
  parseBackup,
  save,
  setPolicy,
} from '../../../src/storage';
import type { BackupErrorKind, BackupFile, ImportPlan } from '../../../src/storage';
import { buildBackup } from '../../../src/storage/backup-export';
import { MAX_BACKUP_CHARS } from '../../../src/storage/backup-format';
import { closeDatabase, getDb } from '../../../src/storage/db';
import { dumpAll, entryOf, fixtureAssessments, freshStorage, recordOf, sample, signedSample } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

async function exported(id?: string): Promise<string> {
  const result = await exportBackup(id === undefined ? {} : { id });
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result)}`);
  return result.text;
}

async function plan(text: string): Promise<ImportPlan> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.plan;
}

async function errorOf(text: string): Promise<{ kind: BackupErrorKind; sv: string; en: string }> {
  const parsed = await parseBackup(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return { kind: parsed.error.kind, ...parsed.error.message };
}

/** All the principal's data as the app shows it: every assessment, its versions, the bin, the policy. */
async function everything() {
  const ids = [...(await listSummaries()), ...(await listBin())].map((s) => s.id).sort();
  const out: Record<string, unknown> = {};
  for (const id of ids) out[id] = { loaded: await load(id), versions: await listVersions(id) };
  return { out, bin: (await listBin()).map((s) => s.id), policy: (await getSettings()).policy };
}

async function seed(): Promise<void> {
  for (const { assessment } of fixtureAssessments()) await save(assessment, assessment.revision);
  await save(sample('draft', 'Ängsskolan'), 0);
  await save(signedSample('signed', 'Björkskolan'), 0);
  await save(sample('binned', 'Ekskolan'), 0);
  await moveToBin('binned', '2026-03-03T08:00:00.000Z');
  await setPolicy({ ...defaultPolicy, organisationName: 'Exempelstads kommun', maxRetentionHours: 48 });
}

const file = (text: string): BackupFile => JSON.parse(text) as BackupFile;
const rebuilt = async (f: BackupFile): Promise<string> => JSON.stringify(await buildBackup(f.payload));

describe('export, erase, import', () => {
  it('gives back every assessment, signed version, bin entry and the policy, identical', async () => {
    await seed();
    const before = await everything();
    const text = await exported();
    expect(await eraseEverything()).toEqual({ ok: true });
    expect(await listSummaries()).toEqual([]);
    const p = await plan(text);
    expect(p.counts).toMatchObject({ update: 0, conflict: 0, unchanged: 0 });
    expect(p.counts.add).toBe(Object.keys(before.out).length);
    expect(p.policy).toBe('add');
    expect(await applyImport(p)).toMatchObject({ ok: true, added: p.counts.add });
    expect(await everything()).toEqual(before);
  });

  it('importing the same file again changes nothing', async () => {
    await seed();
    const text = await exported();
    const before = await dumpAll();
    const p = await plan(text);
    expect(p.counts.unchanged).toBe(p.items.length);
    expect(p.policy).toBe('unchanged');
    expect(await applyImport(p)).toMatchObject({ ok: true, added: 0, updated: 0, conflicts: 0 });
    expect(await dumpAll()).toBe(before);
  });

  it('exports one assessment with its signed version, named after the school', async () => {
    await seed();
    const result = await exportBackup({ id: 'signed' });
    expect(result.ok && result.fileName).toMatch(/^kamerabedomning-bjorkskolan-\d{4}-\d{2}-\d{2}\.json$/);
    const payload = result.ok ? file(result.text).payload : null;
    expect(payload?.assessments.map((e) => [e.assessment.id, e.versions.length])).toEqual([['signed', 1]]);
    expect(await exportBackup({ id: 'nobody' })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('reminds to back up after signing, until a full export', async () => {
    await save(signedSample('s'), 0);
    expect(await needsBackup()).toBe(true);
    await exported();
    expect(await needsBackup()).toBe(false);
  });
});

describe('what an import plans', () => {
  it('never overwrites a signed assessment: a file with another signing of the same version is refused as a whole', async () => {
    const mine = signedSample('s', 'Björkskolan');
    await save(mine, 0);
    const before = await dumpAll();
    const theirs = signedSample('s', 'Björkskolan', '2026-03-02T11:00:00.000Z');
    const text = JSON.stringify(await buildBackup({ assessments: [entryOf(theirs)], policy: null }));
    const refused = await errorOf(text);
    expect(refused.kind).toBe('signed-content');
    expect(refused.sv).toMatch(/^Bedömningen Björkskolan \(nummer 1, version 1\) i filen skulle ändra en undertecknad version .* inget har importerats\.$/);
    expect(refused.en).toMatch(/Björkskolan.*nothing was imported/);
    expect(await dumpAll()).toBe(before);
  });

  it('keeps a draft from the file as a copy when the device has signed that assessment since', async () => {
    const mine = signedSample('s', 'Björkskolan');
    await save(mine, 0);
    const draft = sample('s', 'Björkskolan');
    const p = await plan(JSON.stringify(await buildBackup({ assessments: [entryOf(draft)], policy: null })));
    expect(p.items).toMatchObject([{ action: 'conflict', sourceId: 's', versionsToAdd: 0 }]);
    expect(p.items[0]?.reason?.sv).toMatch(/kopia/);
    expect(await applyImport(p)).toMatchObject({ ok: true, conflicts: 1 });
    const kept = await load('s');
    expect(kept.ok && kept.assessment.signoff?.fingerprint).toBe(mine.signoff!.fingerprint);
    const copy = await load(p.items[0]!.targetId);
    expect(copy.ok && copy.assessment.signoff).toBeNull();
  });

  it('updates an older local draft, but keeps both when the local draft is newer', async () => {
    const older = sample('older', 'A', { updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = sample('newer', 'B', { updatedAt: '2026-09-01T00:00:00.000Z' });
    await save(older, 0);
    await save(newer, 0);
    const incoming = (a: Assessment, text: string): Assessment => ({ ...a, updatedAt: '2026-05-01T00:00:00.000Z', problem: { ...a.problem, description: text } });
    const text = JSON.stringify(
      await buildBackup({
        assessments: [
          { assessment: incoming(older, 'från filen'), versions: [], deletedAt: null },
          { assessment: incoming(newer, 'från filen'), versions: [], deletedAt: null },
        ],
        policy: null,
      }),
    );
    const p = await plan(text);
    expect(p.items.map((i) => [i.sourceId, i.action])).toEqual([
      ['older', 'update'],
      ['newer', 'conflict'],
    ]);
    expect(await applyImport(p)).toMatchObject({ ok: true, updated: 1, conflicts: 1 });
    const updated = await load('older');
    expect(updated.ok && updated.assessment.problem.description).toBe('från filen');
    expect(updated.ok && updated.assessment.revision).toBe(2); // above the stored one: an open tab sees a conflict
    const kept = await load('newer');
    expect(kept.ok && kept.assessment.problem.description).toBe(newer.problem.description);
    expect((await listSummaries()).length).toBe(3);
    const again = await plan(text); // the same file once more: the update is already there
    expect(again.items.map((i) => [i.sourceId, i.action])).toEqual([
      ['older', 'unchanged'],
      ['newer', 'conflict'],
    ]);
  });
});

describe('atomic import', () => {
  it('a file with one bad record changes nothing and names the record, school and field', async () => {
    await seed();
    const good = file(await exported());
    const bad = sample('bad', 'Trasiga skolan');
    good.payload.assessments.push({ assessment: { ...bad, cameras: 'alla' } as unknown as Assessment, versions: [], deletedAt: null });
    await eraseEverything();
    await save(sample('local', 'Lokala skolan'), 0);
    const before = await dumpAll();
    const e = await errorOf(await rebuilt(good));
    expect(e.kind).toBe('invalid-records');
    const n = good.payload.assessments.length;
    expect(e.sv).toContain(`1 av ${n} bedömningar`);
    expect(e.sv).toContain(`Bedömning ${n} (Trasiga skolan)`);
    expect(e.sv).toContain(`payload.assessments.${n - 1}.assessment.cameras`);
    expect(await dumpAll()).toBe(before);
  });

  it('a plan that no longer fits the stored data is refused as a whole', async () => {
    await seed();
    const text = await exported();
    await eraseEverything();
    const p = await plan(text);
    await save(sample('draft', 'Ängsskolan'), 0); // appears after the plan was made
    const before = await dumpAll();
    const result = await applyImport(p);
    expect(result).toMatchObject({ ok: false, error: { kind: 'changed-since-check' } });
    expect(await dumpAll()).toBe(before);
  });

  it('a signed version written after planning aborts the whole transaction', async () => {
    await seed();
    const text = await exported();
    await eraseEverything();
    const p = await plan(text);
    const db = await getDb();
    const stray = signedSample('signed', 'Björkskolan', '2026-03-02T12:00:00.000Z');
    await db.put('versions', { id: 'signed', version: 1, signedAt: stray.signoff!.signedAt, fingerprint: stray.signoff!.fingerprint, assessment: stray, signed: recordOf(stray) });
    const before = await dumpAll();
    expect(await applyImport(p)).toMatchObject({ ok: false, error: { kind: 'changed-since-check' } });
    expect(await dumpAll()).toBe(before);
  });
});

describe('every way a file can be bad gets its own clear message', () => {
  it('too large', async () => {
    const e = await errorOf(' '.repeat(MAX_BACKUP_CHARS + 1));
    expect(e.kind).toBe('too-large');
    expect(e.sv).toContain('för stor');
  });

  it('not JSON', async () => {
    const e = await errorOf('{"format": "kamerabedomning/backup",');
    expect(e).toMatchObject({ kind: 'not-json' });
    expect(e.sv).toContain('inte giltig JSON');
  });

  it('not our format', async () => {
    expect(await errorOf('{"format":"excalidraw"}')).toMatchObject({ kind: 'not-our-format' });
    expect(await errorOf('[1,2,3]')).toMatchObject({ kind: 'not-our-format' });
    const e = await errorOf(JSON.stringify(sample('a')));
    expect(e.sv).toContain('inte en säkerhetskopia från Kamerabedömning');
  });

  it('a newer schema or file format than this app', async () => {
    const f = file(await exported());
    const newer = await errorOf(JSON.stringify({ ...f, schemaVersion: 99 }));
    expect(newer.kind).toBe('newer-schema');
    expect(newer.sv).toContain('nyare version');
    expect(newer.sv).toContain('99');
    expect(await errorOf(JSON.stringify({ ...f, formatVersion: 4 }))).toMatchObject({ kind: 'newer-schema' });
  });

  it('checksum mismatch, or no checksum', async () => {
    await save(sample('a', 'Skolan'), 0);
    const f = file(await exported());
    f.payload.assessments[0]!.assessment.school.schoolName = 'Ändrad';
    const e = await errorOf(JSON.stringify(f));
    expect(e.kind).toBe('checksum-mismatch');
    expect(e.sv).toContain('Kontrollsumman stämmer inte');
    const { checksum: _c, ...without } = f;
    expect((await errorOf(JSON.stringify(without))).sv).toContain('saknar kontrollsumma');
  });

  it('duplicate ids inside the file', async () => {
    const a = sample('same', 'Dubbelskolan');
    const text = JSON.stringify(
      await buildBackup({ assessments: [0, 1].map(() => ({ assessment: a, versions: [], deletedAt: null })), policy: null }),
    );
    const e = await errorOf(text);
    expect(e.kind).toBe('duplicate-ids');
    expect(e.sv).toContain('same');
    expect(e.sv).toContain('bedömning 1 och 2');
  });

  it('prototype-pollution keys', async () => {
    const text = '{"format":"kamerabedomning/backup","payload":{"__proto__":{"polluted":true}}}';
    const e = await errorOf(text);
    expect(e.kind).toBe('forbidden-key');
    expect(e.sv).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await errorOf('{"constructor":{"prototype":{}}}')).kind).toBe('forbidden-key');
  });

  it('nesting deeper than any backup', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(await errorOf(deep)).toMatchObject({ kind: 'too-deep' });
  });

  it('a full disk during the import: reported, nothing half-written', async () => {
    await seed();
    const text = await exported();
    await eraseEverything();
    const p = await plan(text);
    await closeDatabase();
    const real = globalThis.indexedDB;
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    globalThis.indexedDB = { open: () => { throw quota; } } as unknown as IDBFactory;
    const result = await applyImport(p);
    globalThis.indexedDB = real;
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage' } });
    expect(!result.ok && result.error.message.sv).toContain('lagringsutrymmet är fullt');
    expect(await listSummaries()).toEqual([]);
  });

  it('a payload without a list of assessments, or a bad policy', async () => {
    const noList = JSON.stringify(await buildBackup({ assessments: 'none' } as never));
    expect(await errorOf(noList)).toMatchObject({ kind: 'invalid-records' });
    const badPolicy = JSON.stringify(await buildBackup({ assessments: [], policy: { maxRetentionHours: 'long' } } as never));
    const e = await errorOf(badPolicy);
    expect(e.kind).toBe('invalid-records');
    expect(e.sv).toContain('payload.policy');
  });
});
