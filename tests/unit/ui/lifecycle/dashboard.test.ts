import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../../../src/storage';
import { dashboard } from '../../../../src/ui/home/dashboard';

function summary(id: string, over: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id,
    version: 1,
    revision: 1,
    status: 'signed',
    outcome: 'principal-decides',
    schoolName: `Skola ${id}`,
    areaSummary: { cameraCount: 1, areaKinds: ['facade'] },
    updatedAt: '2027-01-01T00:00:00.000Z',
    nextReviewDate: '2027-09-15',
    signedAt: '2026-09-15T08:00:00.000Z',
    deletedAt: null,
    unreadable: false,
    previousVersionId: null,
    signoffKind: 'decision',
    laterDecision: null,
    endedOn: '',
    reviewOfVersion: null,
    signed: true,
    overFrom: '',
    reviewStatus: 'not-due',
    surveillanceOver: false,
    ...over,
  };
}

const ids = (list: AssessmentSummary[]) => list.map((s) => s.id);

describe('the dashboard', () => {
  it('puts each assessment in one section: drafts, in force, awaiting a decision, ended or replaced', () => {
    const d = dashboard([
      summary('draft', { status: 'draft', signoffKind: null, signedAt: null }),
      summary('decided'),
      summary('sent', { signoffKind: 'review-request' }),
      summary('referred-approved', { signoffKind: 'referral', laterDecision: { by: 'owner', result: 'approved', date: '2026-10-01' } }),
      summary('ended', { status: 'ended', endedOn: '2027-01-01', surveillanceOver: true }),
    ]);
    expect(ids(d.sections.drafts)).toEqual(['draft']);
    expect(ids(d.sections.inForce).sort()).toEqual(['decided', 'referred-approved']);
    expect(ids(d.sections.awaiting)).toEqual(['sent']);
    expect(ids(d.sections.closed)).toEqual(['ended']);
  });

  it('links a signed version to the draft continuing it, and moves it to the closed section once a newer one is signed', () => {
    const inReview = dashboard([
      summary('v2', { status: 'draft', signoffKind: null, version: 2, previousVersionId: 'v1', reviewOfVersion: 1 }),
      summary('v1'),
    ]);
    expect(inReview.continuedBy.get('v1')?.id).toBe('v2');
    expect(ids(inReview.sections.inForce)).toEqual(['v1']);

    const replaced = dashboard([summary('v2', { version: 2, previousVersionId: 'v1' }), summary('v1')]);
    expect(replaced.supersededBy.get('v1')?.id).toBe('v2');
    expect(ids(replaced.sections.inForce)).toEqual(['v2']);
    expect(ids(replaced.sections.closed)).toEqual(['v1']);
  });

  it('lists reviews due, overdue first, and orders decisions in force by their next review date', () => {
    const d = dashboard([
      summary('later', { nextReviewDate: '2028-01-01' }),
      summary('soon', { nextReviewDate: '2027-10-01', reviewStatus: 'due-soon' }),
      summary('late', { nextReviewDate: '2027-09-30', reviewStatus: 'overdue' }),
      summary('unset', { nextReviewDate: '' }),
      summary('sent-due', { signoffKind: 'review-request', reviewStatus: 'overdue' }),
    ]);
    expect(ids(d.due)).toEqual(['late', 'soon']);
    expect(ids(d.sections.inForce)).toEqual(['late', 'soon', 'later', 'unset']);
  });
});
