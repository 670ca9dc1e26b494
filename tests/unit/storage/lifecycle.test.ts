import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { endSurveillance, newCamera, recordLaterDecision, startAnnualReview } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { listRegister, listSummaries, listVersions, load, moveToBin, save } from '../../../src/storage';
import { dumpAll, freshStorage, refingerprint, sample, signedSample } from './helpers';

beforeEach(async () => {
  await freshStorage();
});

/** A signed sample with one camera and a review date, the way a decision looks after signing. */
function signedWithCamera(id: string, nextReviewDate: string, kind: 'decision' | 'review-request' = 'decision'): Assessment {
  const s = signedSample(id, `Skola ${id}`);
  return refingerprint({
    ...s,
    cameras: [{ ...newCamera('cam-1', 0), location: 'Södra fasaden', areaKind: 'facade' }],
    decision: { ...s.decision, nextReviewDate },
    signoff: { ...s.signoff!, kind },
  });
}

describe('saving a signed assessment after signing', () => {
  it('allows the later decision and the end dates (outside the fingerprint) and keeps the signed version as it was', async () => {
    const s = signedWithCamera('s', '2027-03-02', 'review-request');
    expect(await save(s, 0)).toMatchObject({ ok: true });
    const decided = recordLaterDecision(s, { by: 'administration', result: 'approved', date: '2026-04-01', reference: 'UN 2026/9', decidedBy: 'Förvaltningen' });
    expect(await save(decided, 1)).toMatchObject({ ok: true, revision: 2 });
    const cameraEnded = endSurveillance({ ...decided, revision: 2 }, '2026-05-01', 'cam-1');
    expect(await save(cameraEnded, 2)).toMatchObject({ ok: true, revision: 3 });
    const allEnded = endSurveillance({ ...cameraEnded, revision: 3 }, '2026-06-01');
    expect(await save(allEnded, 3)).toMatchObject({ ok: true, revision: 4 });

    const loaded = await load('s');
    expect(loaded.ok && loaded.assessment.laterDecision?.reference).toBe('UN 2026/9');
    expect(loaded.ok && loaded.assessment.endedOn).toBe('2026-06-01');
    expect(loaded.ok && loaded.assessment.cameras[0]?.endedOn).toBe('2026-05-01');
    const [version] = await listVersions('s');
    expect(version?.laterDecision).toBeNull();
    expect(version?.endedOn).toBe('');
  });

  it('refuses any other change to what was signed, and leaves the stored data untouched', async () => {
    const s = signedWithCamera('s', '2027-03-02');
    await save(s, 0);
    const before = await dumpAll();
    const renamed = { ...s, school: { ...s.school, schoolName: 'Ett annat namn' } };
    expect(await save(renamed, 1)).toMatchObject({ ok: false, reason: 'signed' });
    const moved = { ...s, cameras: s.cameras.map((c) => ({ ...c, location: 'Norra fasaden' })) };
    expect(await save(moved, 1)).toMatchObject({ ok: false, reason: 'signed' });
    expect(await dumpAll()).toBe(before);
  });
});

describe('summaries for the dashboard', () => {
  it('say whether a review is due on the given day, what the signature attests, and what a draft continues', async () => {
    const signed = signedWithCamera('v1', '2027-03-02');
    await save(signed, 0);
    const review = startAnnualReview(signed, 'v2', new Date('2027-02-20T09:00:00Z'));
    await save(review, 0);
    const byId = (list: Awaited<ReturnType<typeof listSummaries>>, id: string) => list.find((s) => s.id === id)!;

    expect(byId(await listSummaries('2026-12-01'), 'v1').reviewStatus).toBe('not-due');
    expect(byId(await listSummaries('2027-02-20'), 'v1').reviewStatus).toBe('due-soon');
    const late = await listSummaries('2027-03-03');
    expect(byId(late, 'v1')).toMatchObject({ reviewStatus: 'overdue', signoffKind: 'decision', surveillanceOver: false, previousVersionId: null });
    expect(byId(late, 'v2')).toMatchObject({ reviewStatus: 'not-due', signoffKind: null, previousVersionId: 'v1', reviewOfVersion: 1, version: 2 });
  });

  it('mark ended surveillance as over and never due, and carry the later decision', async () => {
    const s = signedWithCamera('s', '2027-03-02', 'review-request');
    await save(s, 0);
    const rejected = recordLaterDecision(s, { by: 'owner', result: 'rejected', date: '2026-04-01', reference: 'KS 1', decidedBy: 'Nämnden' });
    await save(rejected, 1);
    const [summary] = await listSummaries('2027-06-01');
    expect(summary).toMatchObject({ laterDecision: { by: 'owner', result: 'rejected', date: '2026-04-01' }, surveillanceOver: true, reviewStatus: 'not-due' });

    await save({ ...signedWithCamera('e', '2027-03-02'), endedOn: '2026-12-31' }, 0);
    const ended = (await listSummaries('2027-06-01')).find((x) => x.id === 'e');
    expect(ended).toMatchObject({ endedOn: '2026-12-31', surveillanceOver: true, reviewStatus: 'not-due' });
  });
});

describe('listRegister', () => {
  it('returns what the register needs of every readable document not in the bin, from the summaries', async () => {
    await save(sample('a'), 0);
    await save(signedSample('b'), 0);
    await save(sample('c'), 0);
    await moveToBin('c');
    const all = await listRegister();
    expect(all.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(all.find((a) => a.id === 'b')?.signoff?.name).toBe('Rut Rektorsson');
  });
});
