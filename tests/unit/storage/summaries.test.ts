// The summary store: a database from v1 with real records is back-filled once; afterwards every write puts a
// row and its summary in one transaction, so the lists never disagree with the documents, and a failure part
// way through changes nothing. The read path judges due dates exactly as the domain does.
import 'fake-indexeddb/auto';
import { IDBObjectStore } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy, endSurveillance, recordLaterDecision, restore, reviewStatus, startAnnualReview, surveillanceOver } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import {
  applyImport,
  deleteFromBin,
  duplicate,
  emptyBin,
  exportBackup,
  getSettings,
  keepBoth,
  listBin,
  listRegister,
  listSummaries,
  load,
  moveToBin,
  parseBackup,
  provideSummarizer,
  save,
  undoBin,
} from '../../../src/storage';
import { cameraSummarizer, summarize } from '../../../src/assessments/camera/summarize';
import { closeDatabase, getDb } from '../../../src/storage/db';
import { backfillSummaries, summaryOfStoredRow } from '../../../src/storage/summary-backfill';
import { onDay, summarizerReady } from '../../../src/storage/summaries';
import { registerModel } from '../../../src/assessments/camera/ui/register/model';
import type { DatabaseDump } from './dbdump';
import { loadDatabase } from './dbdump';
import { dumpAll, fixtureAssessments, freshStorage, refingerprint, sample, signedSample } from './helpers';

const V1 = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8')) as DatabaseDump;
const rowsOf = (dump: DatabaseDump, store: string) => dump.stores.find((s) => s.name === store)?.records ?? [];

beforeEach(async () => {
  await freshStorage();
});

/**
 * Every row has exactly the summary and register copy the kind gives its stored document, and no summary or
 * copy lacks a row.
 */
async function expectAgreement(): Promise<number> {
  const db = await getDb();
  const [rows, summaries, registers] = await Promise.all([db.getAll('assessments'), db.getAll('summaries'), db.getAll('registers')]);
  const { policy } = await getSettings();
  expect(summaries.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id).sort());
  for (const r of rows) {
    const expected = summaryOfStoredRow(r, policy);
    expect(summaries.find((s) => s.id === r.id), r.id).toEqual(expected.summary);
    expect(registers.find((c) => c.id === r.id) ?? null, r.id).toEqual(expected.register);
  }
  return rows.length;
}

function signedWithCameras(id: string, nextReviewDate: string, kind: 'decision' | 'review-request' = 'decision'): Assessment {
  const fixture = fixtureAssessments().find((f) => f.name === 'facade-night.json')!.assessment;
  const s = signedSample(id, `Skola ${id}`);
  return refingerprint({ ...fixture, id, revision: 0, signoff: { ...s.signoff!, kind }, decision: { ...fixture.decision, nextReviewDate } });
}

describe('upgrading a v1 database with real records', () => {
  it('back-fills one summary per row, as saving would write it, and leaves every row and signed version as it was', async () => {
    await closeDatabase();
    await loadDatabase(V1);
    const list = await listSummaries();
    const rows = rowsOf(V1, 'assessments');
    expect(list.length + (await listBin()).length).toBe(rows.length);
    expect(await expectAgreement()).toBe(rows.length);
    const signed = list.find((s) => s.status === 'signed')!;
    expect(signed).toMatchObject({ signed: true, signoffKind: 'decision', unreadable: false });
    expect(signed.outcome).not.toBeNull();
    // The list's rows are lean; the register's copy of the document is in a store of its own.
    expect(signed).not.toHaveProperty('register');
    expect((await listRegister()).find((d) => d.id === signed.id)?.cameras.length).toBeGreaterThan(0);
    expect((await listBin()).map((s) => s.id)).toEqual(['binned-1']);
    // The rows themselves: byte for byte what v1 wrote; the signed version keeps its document and fingerprint.
    const db = await getDb();
    for (const { value } of rows) expect(await db.get('assessments', (value as { id: string }).id)).toEqual(value);
    for (const { value } of rowsOf(V1, 'versions')) {
      const v = value as { id: string; version: number; assessment: unknown; fingerprint: string };
      const now = await db.get('versions', [v.id, v.version]);
      expect([now?.assessment, now?.fingerprint]).toEqual([v.assessment, v.fingerprint]);
    }
    expect(await backfillSummaries(await summarizerReady())).toBe(0); // idempotent
  });

  it('the register reads the back-filled summaries and gets what the whole documents give', async () => {
    await closeDatabase();
    await loadDatabase(V1);
    const docs = rowsOf(V1, 'assessments').flatMap(({ value }) => {
      const r = value as { assessment: unknown; deletedAt: unknown };
      const restored = restore(r.assessment);
      return r.deletedAt === null && restored.ok ? [restored.value] : [];
    });
    expect(registerModel(await listRegister(), '2027-01-01')).toEqual(registerModel(docs, '2027-01-01'));
  });

  it('a row whose document no longer restores still gets a summary, marked unreadable', async () => {
    await closeDatabase();
    const damaged = structuredClone(V1);
    const row = rowsOf(damaged, 'assessments').find((r) => (r.value as { deletedAt: unknown }).deletedAt === null)!.value as { assessment: Record<string, unknown> };
    row.assessment.cameras = 'many';
    await loadDatabase(damaged);
    const all = [...(await listSummaries()), ...(await listBin())];
    expect(all.find((s) => s.id === row.assessment.id)).toMatchObject({ unreadable: true, signed: false, outcome: (row as { outcome?: unknown }).outcome });
    expect((await listRegister()).map((d) => d.id)).not.toContain(row.assessment.id);
  });
});

describe('summary and row never disagree', () => {
  it('after save, sign, later decision, end, bin, undo, duplicate, keep both, delete and empty bin', async () => {
    await save(sample('d'), 0);
    const s = signedWithCameras('s', '2027-03-02', 'review-request');
    await save(s, 0);
    await expectAgreement();
    const decided = recordLaterDecision(s, { by: 'administration', result: 'approved', date: '2026-04-01', reference: 'UN 2026/9', decidedBy: 'Förvaltningen' });
    await save(decided, 1);
    await save(endSurveillance({ ...decided, revision: 2 }, '2026-06-01'), 2);
    await save(startAnnualReview(s, 'r', new Date('2027-02-01T08:00:00Z')), 0);
    await expectAgreement();
    await moveToBin('d');
    await expectAgreement();
    await undoBin('d');
    await duplicate('d', 'd2', '2026-05-01T00:00:00.000Z');
    await keepBoth(sample('d'), sample('d'), 'd3', '2026-05-01T00:00:00.000Z');
    await expectAgreement();
    await moveToBin('d2');
    await deleteFromBin('d2');
    await moveToBin('d3');
    await emptyBin();
    expect(await expectAgreement()).toBe(3);
  });

  it('after exporting and importing everything into an empty device, and importing over it again', async () => {
    await save(sample('a'), 0);
    await save(signedWithCameras('b', '2027-03-02'), 0);
    await moveToBin('a');
    const exported = await exportBackup();
    if (!exported.ok) throw new Error('export');
    await freshStorage();
    const parsed = await parseBackup(exported.text);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(await applyImport(parsed.plan)).toMatchObject({ ok: true });
    expect(await expectAgreement()).toBe(2);
    expect((await listBin()).map((s) => s.id)).toEqual(['a']);
    await save({ ...sample('c') }, 0);
    const again = await parseBackup(exported.text);
    if (!again.ok) throw new Error(again.error.message.en);
    expect(await applyImport(again.plan)).toMatchObject({ ok: true });
    expect(await expectAgreement()).toBe(3);
  });

  describe('a failure in the middle of the transaction changes nothing', () => {
    const put = IDBObjectStore.prototype.put;
    afterEach(() => {
      IDBObjectStore.prototype.put = put;
    });
    const failSummaries = () => {
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'summaries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      } as IDBObjectStore['put'];
    };

    it('save, signing and moving to the bin: the row is not written without its summary', async () => {
      await save(sample('a'), 0);
      const before = await dumpAll();
      failSummaries();
      expect(await save(sample('a', 'Nytt namn'), 1)).toMatchObject({ ok: false, reason: 'quota' });
      expect(await save(signedWithCameras('s', '2027-03-02'), 0)).toMatchObject({ ok: false });
      expect(await moveToBin('a')).toMatchObject({ ok: false });
      IDBObjectStore.prototype.put = put;
      expect(await dumpAll()).toBe(before);
      await expectAgreement();
    });

    it('import', async () => {
      await save(sample('a'), 0);
      const exported = await exportBackup();
      if (!exported.ok) throw new Error('export');
      await save(sample('b'), 0);
      await moveToBin('a');
      const parsed = await parseBackup(exported.text);
      if (!parsed.ok) throw new Error(parsed.error.message.en);
      const before = await dumpAll();
      failSummaries();
      expect(await applyImport(parsed.plan)).toMatchObject({ ok: false });
      IDBObjectStore.prototype.put = put;
      expect(await dumpAll()).toBe(before);
    });
  });

  it('a kind whose summarize throws: the answers are saved all the same, the outcome unknown', async () => {
    const real = await summarizerReady();
    provideSummarizer({ ...real, summarize: () => { throw new Error('rules tripped'); } });
    try {
      expect(await save(sample('a'), 0)).toMatchObject({ ok: true });
      expect((await listSummaries())[0]).toMatchObject({ id: 'a', outcome: null, schoolName: 'Skola a' });
      expect((await load('a')).ok).toBe(true);
    } finally {
      provideSummarizer(real);
    }
  });
});

describe('judging a summary on the day it is read', () => {
  it('says what the domain says: surveillanceOver and reviewStatus on every day around the dates', () => {
    const base = signedWithCameras('x', '2027-03-02');
    const cams = base.cameras;
    const docs: Assessment[] = [
      base,
      { ...base, signoff: null },
      { ...base, endedOn: '2027-01-10' },
      { ...base, cameras: cams.map((c, i) => ({ ...c, endedOn: i === 0 ? '2026-12-01' : '2027-02-14' })) },
      { ...base, cameras: cams.map((c, i) => ({ ...c, endedOn: i === 0 ? '2026-12-01' : '' })) },
      { ...base, laterDecision: { by: 'owner', result: 'rejected', date: '2026-11-01', reference: '', decidedBy: '' } },
      { ...base, decision: { ...base.decision, cameraDecisions: cams.map((c) => ({ cameraId: c.id, verdict: 'reject' as const, reason: 'nej' })) } },
      { ...base, decision: { ...base.decision, nextReviewDate: '' } },
    ];
    const days = ['2026-10-01', '2026-12-01', '2027-01-09', '2027-01-10', '2027-01-31', '2027-02-01', '2027-02-14', '2027-03-02', '2027-03-03', '2028-01-01'];
    for (const [i, doc] of docs.entries()) {
      const stored = { ...summarize(doc, defaultPolicy, '2026-09-01'), deletedAt: null, unreadable: false };
      for (const day of days) {
        const judged = onDay(stored, day);
        const over = doc.signoff !== null && surveillanceOver(doc, day);
        const rejectsAll = i === 6;
        expect([i, day, judged.surveillanceOver], 'over').toEqual([i, day, rejectsAll || over]);
        expect([i, day, judged.reviewStatus], 'review').toEqual([i, day, rejectsAll ? 'not-due' : reviewStatus(doc, stored.nextReviewDate, day)]);
      }
    }
  });

  it('a draft owes no review: its summary has no next review date, the same document signed has the one decided', () => {
    const signed = signedWithCameras('x', '2027-03-02');
    const draft: Assessment = { ...signed, signoff: null };
    expect(draft.decision.nextReviewDate).not.toBe('');
    expect(summarize(draft, defaultPolicy, '2026-09-01').nextReviewDate).toBe('');
    expect(summarize(signed, defaultPolicy, '2026-09-01').nextReviewDate).toBe(signed.decision.nextReviewDate);
  });

  it('listSummaries judges on the injected clock, never its own', async () => {
    await save(signedWithCameras('s', '2027-03-02'), 0);
    const nextReviewDate = (await listSummaries())[0]!.nextReviewDate;
    const at = (iso: string, days: number) => new Date(new Date(`${iso}T12:00:00`).getTime() + days * 86_400_000);
    const real = await summarizerReady();
    provideSummarizer(cameraSummarizer(() => at(nextReviewDate, -10)));
    try {
      expect((await listSummaries())[0]?.reviewStatus).toBe('due-soon');
      provideSummarizer(cameraSummarizer(() => at(nextReviewDate, 3)));
      expect((await listSummaries())[0]?.reviewStatus).toBe('overdue');
    } finally {
      provideSummarizer(real);
    }
  });
});

describe('the register from summaries', () => {
  it('equals the register from whole documents through a chain of signed versions, an end and a later decision', async () => {
    const v1 = signedWithCameras('v1', '2027-03-02');
    const v2 = refingerprint({ ...startAnnualReview(v1, 'v2', new Date('2027-02-20T09:00:00Z')), signoff: { ...v1.signoff!, date: '2027-02-25' } });
    const other = recordLaterDecision(signedWithCameras('o', '2027-05-01', 'review-request'), { by: 'owner', result: 'rejected', date: '2026-11-01', reference: 'R 1', decidedBy: 'Ägaren' });
    const ended = endSurveillance(signedWithCameras('e', '2027-05-01'), '2026-12-31');
    const draft = sample('d');
    for (const a of [v1, v2, other, ended, draft]) expect(await save(a, 0)).toMatchObject({ ok: true });
    // In the store's order (by id), as listRegister reads them: ties in the register keep input order.
    const docs = [v1, v2, other, ended, draft].map((a) => ({ ...a, revision: 1 })).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const today of ['2027-03-01', '2032-01-01', '2033-01-01']) {
      for (const redacted of [false, true]) expect(registerModel(await listRegister(), today, redacted)).toEqual(registerModel(docs, today, redacted));
    }
  });
});
