// The annual review: when it is due, the version that starts it, and the questions the principal answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/assessments/camera/domain';
import {
  annualReviewQuestions,
  defaultPolicy,
  endSurveillance,
  evaluate,
  isAnnualReview,
  newIncident,
  nextVersion,
  restore,
  reviewStatus,
  startAnnualReview,
  startNewVersion,
} from '../../../../src/assessments/camera/domain';
import { loadFixture } from '../helpers';
import { sign } from './chain';

const NOW = new Date('2027-08-20T09:00:00Z');
let signed: Assessment;
let due: string;

beforeAll(async () => {
  signed = await sign(loadFixture('facade-night'), '2026-09-15');
  due = evaluate(signed, defaultPolicy, '2026-09-15').nextReviewDate;
});

describe('reviewStatus', () => {
  it('takes the review date the evaluation gives (a year after the decision in the fixture)', () => {
    expect(due).toBe('2027-09-15');
  });

  it.each([
    ['2027-08-15', 'not-due'], // 31 days before
    ['2027-08-16', 'due-soon'], // 30 days before
    ['2027-09-15', 'due-soon'], // the day itself
    ['2027-09-16', 'overdue'],
    ['2028-03-01', 'overdue'],
  ] as const)('on %s the review is %s', (today, status) => {
    expect(reviewStatus(signed, due, today)).toBe(status);
  });

  it('counts days across a month end and a leap day', () => {
    expect(reviewStatus(signed, '2028-03-01', '2028-01-31')).toBe('due-soon'); // 30 days in a leap year
    expect(reviewStatus(signed, '2027-03-01', '2027-01-29')).toBe('not-due'); // 31 days
  });

  it('is never due for a draft or for surveillance that has ended', () => {
    expect(reviewStatus(loadFixture('facade-night'), due, '2027-10-01')).toBe('not-due');
    expect(reviewStatus(endSurveillance(signed, '2027-06-30'), due, '2027-10-01')).toBe('not-due');
    const allCamerasEnded = signed.cameras.reduce((a, c) => endSurveillance(a, '2027-06-30', c.id), signed);
    expect(reviewStatus(allCamerasEnded, due, '2027-10-01')).toBe('not-due');
    expect(reviewStatus(endSurveillance(signed, '2027-06-30', 'cam-1'), due, '2027-10-01')).toBe('overdue');
  });
});

describe('startAnnualReview', () => {
  it('is the next version, pre-filled, marked as a review of the signed one', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    expect(review).toMatchObject({ id: 'v2', version: 2, previousVersionId: signed.id, signoff: null, step: 'school' });
    expect(review.cameras).toEqual(signed.cameras.map((c) => ({ ...c, carriedOver: true })));
    expect(review.school.decisionDate).toBe('');
    expect(review.annualReview).toEqual({
      reviewOf: { previousId: signed.id, previousVersion: 1, previousDecisionDate: '2026-09-15' },
      incidentsSince: '',
      stillNeeded: { 'cam-1': '', 'cam-2': '' },
      measuresNowSuffice: '',
      changesSummary: '',
    });
  });

  it('asks only about cameras still running', () => {
    const review = startAnnualReview(endSurveillance(signed, '2027-05-01', 'cam-2'), 'v2', NOW);
    expect(Object.keys(review.annualReview!.stillNeeded)).toEqual(['cam-1']);
  });

  it('is not carried into a later change: a new version of a review is not a review', () => {
    const review = { ...startAnnualReview(signed, 'v2', NOW), signoff: signed.signoff };
    review.annualReview!.changesSummary = 'Inget har ändrats.';
    expect(isAnnualReview(review)).toBe(true);
    const change = startNewVersion(review, 'v3', NOW);
    expect(change).toMatchObject({ version: 3, previousVersionId: 'v2' });
    expect('annualReview' in change).toBe(false);
    // Even a copy made with nextVersion keeps the stale answers out of the questions.
    const copied = nextVersion(review, 'v3', NOW);
    expect(isAnnualReview(copied)).toBe(false);
    expect(annualReviewQuestions(review, copied)).toEqual([]);
  });

  it('survives a save and reload through restore(), answers included', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    review.annualReview!.stillNeeded['cam-1'] = 'yes';
    const restored = restore(JSON.parse(JSON.stringify(review)));
    expect(restored.ok && restored.value).toEqual(review);
    expect(restored.ok && restored.notes).toEqual([]);
  });
});

describe('annualReviewQuestions', () => {
  it('asks nothing in a version that is not an annual review', () => {
    expect(annualReviewQuestions(signed, nextVersion(signed, 'v2', NOW))).toEqual([]);
  });

  it('asks about incidents, measures, changes and each camera, in wizard order, none answered yet', () => {
    const questions = annualReviewQuestions(signed, startAnnualReview(signed, 'v2', NOW));
    expect(questions.map((q) => [q.id, q.step, q.field])).toEqual([
      ['incidents', 'problem', 'annualReview.incidentsSince'],
      ['measures', 'measures', 'annualReview.measuresNowSuffice'],
      ['changes', 'cameras', 'annualReview.changesSummary'],
      ['stillNeeded', 'cameras', 'annualReview.stillNeeded.cam-1'],
      ['stillNeeded', 'cameras', 'annualReview.stillNeeded.cam-2'],
    ]);
    expect(questions.every((q) => !q.answered && q.followUp === null)).toBe(true);
    expect(questions[0]!.question.sv).toContain('sedan förra beslutet (2026-09-15)');
    expect(questions[3]!.question.sv).toBe('Behövs Kamera 1 fortfarande?');
  });

  it('shows the new incidents found and asks for them when the answer says there were some', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    review.annualReview!.incidentsSince = 'yes';
    const [missing] = annualReviewQuestions(signed, review);
    expect(missing!.followUp?.sv).toBe('Lägg till händelserna i händelseloggen.');
    review.problem.incidents.push({ ...newIncident('inc-6'), date: '2027-02-01', type: 'graffiti' });
    const [listed] = annualReviewQuestions(signed, review);
    expect(listed!.followUp).toBeNull();
    expect(listed!.found.map((c) => c.field)).toEqual(['problem.incidents.5']);
    review.annualReview!.incidentsSince = 'no';
    expect(annualReviewQuestions(signed, review)[0]!.followUp?.sv).toMatch(/^Händelseloggen har händelser/);
  });

  it('asks to end a camera that is no longer needed, until it is ended', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    review.annualReview!.stillNeeded['cam-2'] = 'no';
    const question = (a: Assessment) => annualReviewQuestions(signed, a).find((q) => q.cameraId === 'cam-2')!;
    expect(question(review)).toMatchObject({ answered: true, followUp: { sv: 'Avsluta kameran med ett datum, eller ta bort den ur bedömningen.' } });
    const ended = endSurveillance(review, '2027-09-30', 'cam-2');
    expect(question(ended).followUp).toBeNull();
    expect(question(ended).found.map((c) => c.field)).toEqual(['cameras.1.endedOn']);
  });

  it('says surveillance should end when the other measures now suffice', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    review.annualReview!.measuresNowSuffice = 'yes';
    const measures = annualReviewQuestions(signed, review).find((q) => q.id === 'measures')!;
    expect(measures.followUp?.en).toBe('If the other measures suffice, the surveillance should end.');
  });

  it('lists cameras added, moved and removed under the question about changes', () => {
    const review = startAnnualReview(signed, 'v2', NOW);
    review.cameras = [{ ...review.cameras[0]!, location: 'Västra fasaden', zoom: 'yes' }];
    review.annualReview!.changesSummary = 'Kamera 2 är nedtagen och kamera 1 flyttad.';
    const changes = annualReviewQuestions(signed, review).find((q) => q.id === 'changes')!;
    expect(changes.answered).toBe(true);
    expect(changes.found.map((c) => `${c.kind} ${c.field}`)).toEqual(['changed cameras.0.location', 'removed cameras.1']);
  });
});
