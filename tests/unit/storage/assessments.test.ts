import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteFromBin,
  duplicate,
  emptyBin,
  eraseEverything,
  getSettings,
  listBin,
  listSummaries,
  listVersions,
  load,
  moveToBin,
  save,
  setLanguage,
  undoBin,
  wasWiped,
} from '../../../src/storage';
import { getDb } from '../../../src/storage/db';
import { dumpAll, fixtureAssessments, freshStorage, sample, signedSample } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

describe('save and load', () => {
  it('round-trips every fixture and a generated draft unchanged, except the new revision', async () => {
    const fixtures = fixtureAssessments();
    expect(fixtures.length).toBeGreaterThan(0);
    const all = [...fixtures.map((f) => f.assessment), sample('generated')];
    for (const a of all) {
      const saved = await save(a, a.revision);
      expect(saved).toMatchObject({ ok: true, revision: a.revision + 1 });
      const loaded = await load(a.id);
      expect(loaded.ok && loaded.assessment).toEqual({ ...a, revision: a.revision + 1 });
    }
    expect((await listSummaries()).length).toBe(new Set(all.map((a) => a.id)).size);
  });

  it('lists summaries newest first with status, school and cameras, without the bin', async () => {
    await save(sample('old', 'Gamla skolan', { updatedAt: '2026-01-01T00:00:00.000Z' }), 0);
    await save(signedSample('new', 'Nya skolan'), 0);
    await save(sample('binned'), 0);
    await moveToBin('binned');
    const list = await listSummaries();
    expect(list.map((s) => [s.id, s.schoolName, s.status])).toEqual([
      ['new', 'Nya skolan', 'signed'],
      ['old', 'Gamla skolan', 'draft'],
    ]);
    expect(list[0]?.signedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(list[0]?.areaSummary).toEqual({ cameraCount: 0, areaKinds: [] });
  });

  it('says not-found for an unknown id and invalid (with where) for a damaged row', async () => {
    expect(await load('nobody')).toEqual({ ok: false, reason: 'not-found' });
    await save(sample('x'), 0);
    const db = await getDb();
    const row = await db.get('assessments', 'x');
    await db.put('assessments', { ...row!, assessment: { ...row!.assessment, cameras: 'many' } as never });
    const loaded = await load('x');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason === 'invalid' && loaded.problems.length).toBeGreaterThan(0);
    expect((await listSummaries()).map((s) => s.id)).toEqual(['x']);
  });
});

describe('revisions', () => {
  it('detects a conflict when the stored revision moved on, and changes nothing', async () => {
    const a = sample('c');
    await save(a, 0); // now revision 1
    const theirs = { ...a, problem: { ...a.problem, description: 'Annan flik' } };
    expect(await save(theirs, 1)).toMatchObject({ ok: true, revision: 2 });
    const before = await dumpAll();
    const mine = { ...a, problem: { ...a.problem, description: 'Min flik' } };
    const result = await save(mine, 1);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(!result.ok && result.reason === 'conflict' && result.stored.problem.description).toBe('Annan flik');
    expect(await dumpAll()).toBe(before);
  });
});

describe('signed versions', () => {
  it('writes the immutable version with the signing and keeps it when later saves change the draft record', async () => {
    const s = signedSample('s');
    expect(await save(s, 0)).toMatchObject({ ok: true });
    const later = { ...s, laterDecision: { by: 'owner' as const, result: 'approved' as const, date: '2026-04-01', reference: 'D-1', decidedBy: 'Nämnden' } };
    expect(await save(later, 1)).toMatchObject({ ok: true, revision: 2 });
    const versions = await listVersions('s');
    expect(versions).toHaveLength(1);
    expect(versions[0]?.laterDecision).toBeNull();
    expect(versions[0]?.revision).toBe(1);
  });

  it('rejects another signing, or un-signing, of a stored signed version', async () => {
    const s = signedSample('s');
    await save(s, 0);
    const before = await dumpAll();
    expect(await save(signedSample('s', undefined, '2026-03-02T11:00:00.000Z'), 1)).toMatchObject({ ok: false, reason: 'signed' });
    expect(await save({ ...s, signoff: null }, 1)).toMatchObject({ ok: false, reason: 'signed' });
    expect(await dumpAll()).toBe(before);
  });

  it('records when something was last signed, for the backup reminder', async () => {
    expect((await getSettings()).lastSignedAt).toBeNull();
    await save(signedSample('s'), 0);
    expect((await getSettings()).lastSignedAt).not.toBeNull();
  });
});

describe('duplicate', () => {
  it('copies a signed assessment as a new unsigned draft under the new id', async () => {
    await save(signedSample('orig', 'Skolan'), 0);
    const result = await duplicate('orig', 'copy', '2026-05-01T00:00:00.000Z');
    expect(result.ok).toBe(true);
    const copy = await load('copy');
    expect(copy.ok && copy.assessment).toMatchObject({ id: 'copy', signoff: null, version: 1, createdAt: '2026-05-01T00:00:00.000Z' });
    expect(copy.ok && copy.assessment.school.schoolName).toBe('Skolan');
    expect(await listVersions('copy')).toEqual([]);
  });

  it('refuses to duplicate onto an existing id', async () => {
    await save(sample('a'), 0);
    await save(sample('b'), 0);
    expect(await duplicate('a', 'b', '2026-05-01T00:00:00.000Z')).toMatchObject({ ok: false, reason: 'conflict' });
  });
});

describe('bin', () => {
  it('moves to the bin, undoes, and empties for real (signed versions included)', async () => {
    await save(signedSample('s'), 0);
    await save(sample('d'), 0);
    expect(await moveToBin('s', '2026-06-01T00:00:00.000Z')).toEqual({ ok: true });
    expect((await listSummaries()).map((x) => x.id)).toEqual(['d']);
    expect((await listBin()).map((x) => [x.id, x.deletedAt])).toEqual([['s', '2026-06-01T00:00:00.000Z']]);
    expect(await undoBin('s')).toEqual({ ok: true });
    expect((await listBin()).length).toBe(0);
    await moveToBin('s');
    await moveToBin('d');
    expect(await emptyBin()).toEqual({ ok: true, removed: 2 });
    expect(await load('s')).toEqual({ ok: false, reason: 'not-found' });
    expect(await listVersions('s')).toEqual([]);
  });

  it('keeps a binned assessment binned when a stale tab autosaves it', async () => {
    const a = sample('a');
    await save(a, 0);
    await moveToBin('a');
    await save(a, 1);
    expect((await listBin()).map((x) => x.id)).toEqual(['a']);
  });

  it('deletes one item from the bin, and only from the bin', async () => {
    await save(sample('a'), 0);
    expect(await deleteFromBin('a')).toEqual({ ok: false, reason: 'not-found' });
    await moveToBin('a');
    expect(await deleteFromBin('a')).toEqual({ ok: true });
    expect(await load('a')).toEqual({ ok: false, reason: 'not-found' });
    expect(await moveToBin('a')).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('eraseEverything', () => {
  it('removes assessments, versions, settings and the wipe marker, and the app starts afresh', async () => {
    await save(signedSample('s'), 0);
    await setLanguage('en');
    expect(await eraseEverything()).toEqual({ ok: true });
    expect(await listSummaries()).toEqual([]);
    expect(await listVersions('s')).toEqual([]);
    expect((await getSettings()).language).toBe('sv');
    expect(localStorage.length).toBe(0);
    expect(await wasWiped()).toBe(false); // a deliberate erase is not reported as the browser wiping data
  });
});

describe('failures are reported, never swallowed', () => {
  it('reports a full disk as quota', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    await freshStorage();
    globalThis.indexedDB = { open: () => { throw quota; } } as unknown as IDBFactory;
    const result = await save(sample('q'), 0);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(!result.ok && 'error' in result && result.error).toContain('QuotaExceededError');
    expect(await load('q')).toMatchObject({ ok: false, reason: 'quota' });
  });
});
