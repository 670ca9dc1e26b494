// The register (förteckning): one entry per camera of every signed assessment, across versions, with
// end dates and the five-year boundary on both sides.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Chain, LaterDecision } from '../../../../src/assessments/camera/domain';
import {
  chainsOf,
  endSurveillance,
  expiredForDeletion,
  fingerprint,
  newCamera,
  nextVersion,
  recordLaterDecision,
  registerEntries,
  startAnnualReview,
  withinRegisterPeriod,
} from '../../../../src/assessments/camera/domain';
import { loadFixture } from '../helpers';
import { editCamera, sign } from './chain';

const chain = (...versions: Assessment[]): Chain => ({ assessment: versions.at(-1)!, versions });
const approved: LaterDecision = { by: 'administration', result: 'approved', date: '2026-10-10', reference: 'FV 2026/77', decidedBy: 'Eva Ek' };
let v1: Assessment;
let v2: Assessment;

beforeAll(async () => {
  v1 = await sign(loadFixture('facade-night'), '2026-09-15');
  // The annual review a year on: camera 1 moved, camera 2 taken down, a new camera 3.
  let review = startAnnualReview(v1, 'v2', new Date('2027-09-01T08:00:00Z'));
  review = editCamera(review, 'cam-1', { location: 'Idrottshallens västra fasad' });
  review.cameras = [review.cameras[0]!, { ...newCamera('cam-3', 1), location: 'Förrådets dörr', areaKind: 'facade', hours: v1.cameras[1]!.hours }];
  review.decision = { ...review.decision, registryNumber: 'UN 2027/88' };
  v2 = await sign(review, '2027-09-20');
});

describe('registerEntries', () => {
  it('lists each camera of a signed assessment with its place, purpose, hours, retention, start and reference', () => {
    const entries = registerEntries([chain(v1)], '2026-11-23');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      chainId: v1.id,
      assessmentId: v1.id,
      version: 1,
      cameraId: 'cam-1',
      cameraName: 'Kamera 1',
      school: 'Lindängsskolan',
      place: { sv: 'Idrottshallens södra fasad, monterad under takfoten', en: 'Idrottshallens södra fasad, monterad under takfoten' },
      purpose: v1.problem.purpose,
      hours: { sv: 'Vardagar 20–06, helger 17–07', en: 'Weekdays 20–06, weekends 17–07' },
      retention: { sv: '72 timmar', en: '72 hours' },
      start: '2026-10-01',
      end: '',
      decisionReference: 'UN 2026/1234',
      fingerprint: v1.signoff!.fingerprint,
      status: 'in-force',
    });
  });

  it('leaves out drafts: only signed assessments count', () => {
    expect(registerEntries([chain(loadFixture('facade-night'))], '2026-11-23')).toEqual([]);
  });

  it('shows the kind of area instead of the place in a copy for wide distribution', () => {
    const [entry] = registerEntries([chain(v1)], '2026-11-23', { redacted: true });
    expect(entry!.place).toEqual({ sv: 'Fasad', en: 'Facade' });
  });

  it('follows a chain across versions: latest version and fingerprint, first start, removed cameras ended', () => {
    const draft = nextVersion(v2, 'v3', new Date('2027-09-25T08:00:00Z'));
    const chains = chainsOf([draft, v2, v1]);
    expect(chains.map((c) => [c.assessment.id, c.versions.map((v) => v.id)])).toEqual([['v3', [v1.id, 'v2', 'v3']]]);
    const entries = registerEntries(chains, '2027-10-01');
    const summary = entries.map((e) => [e.cameraId, e.version, e.status, e.start, e.end, e.decisionReference]);
    expect(summary).toEqual([
      ['cam-1', 2, 'in-force', '2026-10-01', '', 'UN 2027/88'],
      ['cam-3', 2, 'in-force', '2027-09-20', '', 'UN 2027/88'], // not the planned start copied from version 1
      ['cam-2', 1, 'ended', '2026-10-01', '2027-09-20', 'UN 2026/1234'],
    ]);
    expect(entries.map((e) => e.chainId)).toEqual(['v3', 'v3', 'v3']);
    expect(entries[0]!.place.sv).toBe('Idrottshallens västra fasad');
    expect(entries[0]!.fingerprint).toBe(v2.signoff!.fingerprint);
    expect(entries[2]!.fingerprint).toBe(v1.signoff!.fingerprint);
  });

  it('ends a camera or the whole assessment on a date; a date still ahead is a planned end', () => {
    const oneEnded = endSurveillance(v1, '2027-06-30', 'cam-2');
    expect(registerEntries([chain(oneEnded)], '2027-01-01').map((e) => [e.status, e.end])).toEqual([['in-force', ''], ['in-force', '2027-06-30']]);
    expect(registerEntries([chain(oneEnded)], '2027-06-30').map((e) => e.status)).toEqual(['in-force', 'ended']);
    const allEnded = endSurveillance(oneEnded, '2027-08-31');
    expect(registerEntries([chain(allEnded)], '2027-09-01').map((e) => e.end)).toEqual(['2027-08-31', '2027-06-30']);
  });

  it('marks a case sent for review as awaiting, and follows the later decision', async () => {
    const request = await sign(loadFixture('facade-night'), '2026-09-15', 'review-request');
    expect(registerEntries([chain(request)], '2026-10-01').map((e) => e.status)).toEqual(['awaiting-review', 'awaiting-review']);
    const [yes] = registerEntries([chain(recordLaterDecision(request, approved))], '2026-11-01');
    expect(yes).toMatchObject({ status: 'in-force', start: '2026-10-10', decisionReference: 'UN 2026/1234 / FV 2026/77' });
    const rejected = recordLaterDecision(request, { ...approved, result: 'rejected' });
    const [no] = registerEntries([chain(rejected)], '2026-11-01');
    expect(no).toMatchObject({ status: 'rejected', start: '', end: '2026-10-10' });
    expect(registerEntries([chain(rejected)], '2031-10-10')).toHaveLength(2);
    expect(registerEntries([chain(rejected)], '2031-10-11')).toEqual([]);
  });

  it("marks a camera the principal rejected as rejected", async () => {
    const decided = loadFixture('facade-night');
    decided.decision.cameraDecisions[1] = { cameraId: 'cam-2', verdict: 'reject', reason: 'Täcks av kamera 1.' };
    const entries = registerEntries([chain(await sign(decided, '2026-09-15'))], '2026-11-01');
    expect(entries.map((e) => e.status)).toEqual(['in-force', 'rejected']);
  });
});

describe('the five-year boundary', () => {
  let old: Assessment;
  beforeAll(async () => {
    old = await sign({ ...loadFixture('facade-night'), id: 'old' }, '2019-05-01');
  });

  it('keeps surveillance ended on 2021-11-23 until 2026-11-23 inclusive, and drops it on 2026-11-24', () => {
    const ended = endSurveillance(old, '2021-11-23');
    expect(registerEntries([chain(ended)], '2026-11-23').map((e) => [e.status, e.end])).toEqual([['ended', '2021-11-23'], ['ended', '2021-11-23']]);
    expect(registerEntries([chain(ended)], '2026-11-24')).toEqual([]);
  });

  it('offers to delete a chain only after all of it ended more than five years ago, drafts included', () => {
    const ended = endSurveillance(old, '2021-11-23');
    const draft = nextVersion(ended, 'old-draft', new Date('2022-01-01T00:00:00Z'));
    expect(expiredForDeletion([chain(ended, draft)], '2026-11-23')).toEqual([]);
    expect(expiredForDeletion([chain(ended, draft)], '2026-11-24')).toEqual([
      { chainId: 'old-draft', assessmentIds: ['old', 'old-draft'], school: 'Lindängsskolan', end: '2021-11-23' },
    ]);
  });

  it('keeps a chain while one of its cameras still runs, though the ended one leaves the register', () => {
    const oneEnded = endSurveillance(old, '2021-11-23', 'cam-1');
    expect(registerEntries([chain(oneEnded)], '2026-11-24').map((e) => e.cameraId)).toEqual(['cam-2']);
    expect(expiredForDeletion([chain(oneEnded)], '2030-01-01')).toEqual([]);
  });

  it('never offers to delete drafts that were never signed (they are not surveillance)', () => {
    expect(expiredForDeletion([chain(loadFixture('facade-night'))], '2040-01-01')).toEqual([]);
  });

  it('counts five years from a leap day to the last day of February', () => {
    expect(withinRegisterPeriod('2020-02-29', '2025-02-28')).toBe(true);
    expect(withinRegisterPeriod('2020-02-29', '2025-03-01')).toBe(false);
  });
});

describe('after signing', () => {
  it('ending the whole assessment keeps the signature valid', async () => {
    expect(await fingerprint(endSurveillance(v1, '2027-06-30'))).toBe(v1.signoff!.fingerprint);
  });

  it('recording a later decision keeps the signature valid', async () => {
    const request = await sign(loadFixture('facade-night'), '2026-09-15', 'review-request');
    expect(await fingerprint(recordLaterDecision(request, approved))).toBe(request.signoff!.fingerprint);
  });

  // Known gap, reported to the lead: canonical.ts leaves only the top-level endedOn out of the fingerprint,
  // so ending one camera of a signed assessment makes a recomputed fingerprint differ. Passes once fixed.
  it('ending one camera keeps the signature valid', async () => {
    expect(await fingerprint(endSurveillance(v1, '2027-06-30', 'cam-1'))).toBe(v1.signoff!.fingerprint);
  });

  it('refuses a later decision on a decision the principal made, or on a draft', () => {
    expect(() => recordLaterDecision(v1, approved)).toThrow(RangeError);
    expect(() => recordLaterDecision(loadFixture('facade-night'), approved)).toThrow(RangeError);
    expect(() => endSurveillance(v1, '2027-06-30', 'no-such-camera')).toThrow(RangeError);
  });
});
