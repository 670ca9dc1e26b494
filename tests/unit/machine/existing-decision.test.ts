// A review of an existing decision: the document starts with an empty earlier basis, a camera entered in it
// starts as already filming (so KB-H14 does not block a start before the decision), the principal can untick
// it, and the review, the PDF's answers and its decision page name the earlier basis. New surveillance is unchanged.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, emptyAssessment, evaluate, restore } from '../../../src/assessments/camera/domain';
import type { Assessment } from '../../../src/assessments/camera/domain';
import { setAtPath } from '../../../src/assessments/camera/machine';
import { renderAssessmentPdf } from '../../../src/assessments/camera/pdf/render';
import { reviewSections } from '../../../src/assessments/camera/ui/review/model';
import { translator } from '../../../src/ui/i18n';
import { nodeDeps, pdfText, squash } from '../pdf/helpers';
import { start } from './helpers';

const NOW = new Date('2026-03-01T09:00:00Z');
const review = (): Assessment => emptyAssessment('review-1', NOW, true);
const H14 = 'KB-H14-start-before-decision';

function withCamera(a: Assessment) {
  const w = start(a);
  w.send({ type: 'item.add', list: 'cameras', id: 'cam-1' });
  return w;
}

const answer = (a: Assessment, path: string, value: unknown): Assessment => {
  const next = setAtPath(a, path, value);
  if (next === null) throw new Error(`refused: ${path}`);
  return next;
};

const dated = (a: Assessment) => answer(answer(a, 'school.decisionDate', '2026-09-01'), 'school.plannedStart', '2020-01-15');
const ruleIds = (a: Assessment) => evaluate(a, defaultPolicy, '2026-03-02').findings.map((f) => f.ruleId);

describe('a review of an existing decision', () => {
  it('starts with an unanswered earlier basis that restores as it was saved', () => {
    const a = review();
    expect(a.school.earlierBasis).toEqual({ kind: '', reference: '', date: '' });
    const r = restore(JSON.parse(JSON.stringify(a)));
    expect(r.ok && r.value).toEqual(a);
  });

  it('new surveillance has no earlier basis and refuses an answer to it', () => {
    const a = emptyAssessment('new-1', NOW);
    expect('earlierBasis' in a.school).toBe(false);
    expect(setAtPath(a, 'school.earlierBasis.kind', 'imyPermit')).toBeNull();
  });

  it('takes the basis answers and refuses a kind of the wrong type', () => {
    const a = answer(answer(review(), 'school.earlierBasis.kind', 'imyPermit'), 'school.earlierBasis.reference', 'DI-2019-1234');
    expect(a.school.earlierBasis).toMatchObject({ kind: 'imyPermit', reference: 'DI-2019-1234' });
    expect(setAtPath(a, 'school.earlierBasis.kind', 3)).toBeNull();
    expect(ruleIds(a)).toContain('KB-I05-permit-is-evidence');
  });

  it('marks a camera entered in the review as already in use, and KB-H14 does not count it', () => {
    const w = withCamera(dated(review()));
    expect(w.doc().cameras[0]?.alreadyInUse).toBe(true);
    expect(ruleIds(w.doc())).not.toContain(H14);
    w.send({ type: 'answer.set', path: 'cameras.0.alreadyInUse', value: false });
    expect(w.doc().cameras[0]?.alreadyInUse).toBe(false);
    expect(ruleIds(w.doc())).toContain(H14);
  });

  it('leaves a camera of new surveillance unmarked, so a start before the decision still blocks', () => {
    const w = withCamera(dated(emptyAssessment('new-1', NOW)));
    expect('alreadyInUse' in (w.doc().cameras[0] ?? {})).toBe(false);
    expect(ruleIds(w.doc())).toContain(H14);
    // A camera from before the review may be marked; only with a yes or no.
    expect(setAtPath(w.doc(), 'cameras.0.alreadyInUse', 'ja')).toBeNull();
    expect(setAtPath(w.doc(), 'cameras.0.alreadyInUse', true)?.cameras[0]?.alreadyInUse).toBe(true);
  });

  it('shows the earlier basis and the camera mark in the review, in the words of the school step', () => {
    const w = withCamera(answer(answer(review(), 'school.earlierBasis.kind', 'imyPermit'), 'school.earlierBasis.date', '2019-05-20'));
    const rows = reviewSections(w.doc(), translator('sv'), 'sv').flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => ({ ...r, group: g.title }))));
    const at = (path: string) => rows.find((r) => r.path === path);
    expect(at('school.earlierBasis.kind')).toMatchObject({ value: 'IMY-tillstånd', group: 'Tidigare grund för kamerorna' });
    expect(at('school.earlierBasis.date')?.value).toBe('20 maj 2019');
    expect(at('cameras.0.alreadyInUse')).toMatchObject({ label: 'Kameran används redan', value: 'Ja' });
    const plain = reviewSections(emptyAssessment('new-1', NOW), translator('sv'), 'sv').flatMap((s) => s.groups.map((g) => g.title));
    expect(plain).not.toContain('Tidigare grund för kamerorna');
  });

  it('prints the earlier basis in the answers and on the decision page', async () => {
    let a = answer(answer(review(), 'school.earlierBasis.kind', 'earlierDecision'), 'school.earlierBasis.reference', 'BUN 2021/77');
    a = answer(a, 'school.schoolName', 'Exempelskolan');
    const text = squash(await pdfText(await renderAssessmentPdf({ assessment: a }, nodeDeps)));
    const row = squash('Tidigare grund för kamerorna Tidigare beslut, BUN 2021/77');
    expect(text.split(row).length - 1).toBeGreaterThanOrEqual(2);
  });
});
