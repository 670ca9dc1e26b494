import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../src/assessments/camera/domain';
import type { StepId } from '../../../src/assessments/camera/domain';
import { canGoTo, currentStep, isLocked, stepStatuses } from '../../../src/assessments/camera/machine';
import { draft, start, valueAt } from './helpers';

/** Moves forward to the review, answering one question on each step, and past tryFirst. */
function walkToReview(w: ReturnType<typeof start>) {
  const answers: Record<string, string> = {
    school: 'school.schoolName',
    problem: 'problem.description',
    measures: 'measures.noneReason',
    cameras: 'cameras.0.location',
    balancing: 'balancing.reasoning',
    data: 'data.incidentClipRoutine',
    consultation: 'consultation.art13Where',
  };
  for (const step of STEP_IDS.slice(0, STEP_IDS.indexOf('review'))) {
    expect(currentStep(w.snap())).toBe(step);
    if (step === 'cameras') w.send({ type: 'item.add', list: 'cameras', id: 'cam-1' });
    const path = answers[step];
    if (path) w.send({ type: 'answer.set', path, value: `svar på ${step}` });
    w.send({ type: 'nav.next' });
  }
  return answers;
}

describe('walking the steps', () => {
  it('goes forward through every step in order and back again without losing an answer', () => {
    const w = start();
    const answers = walkToReview(w);
    expect(w.snap().matches('review')).toBe(true);
    const atReview = w.doc();

    for (const step of [...STEP_IDS.slice(0, STEP_IDS.indexOf('review'))].reverse()) {
      w.send({ type: 'nav.back' });
      expect(currentStep(w.snap())).toBe(step);
    }
    w.send({ type: 'nav.back' }); // nothing before the first step
    expect(currentStep(w.snap())).toBe('school');

    const doc = w.doc();
    expect({ ...doc, step: atReview.step }).toEqual(atReview);
    for (const [step, path] of Object.entries(answers)) expect(valueAt(doc, path)).toBe(`svar på ${step}`);
  });

  it('records the step in the document so a draft reopens where it was left', () => {
    const w = start();
    w.send({ type: 'nav.next' });
    expect(w.doc().step).toBe('problem');
    expect(w.saved.at(-1)?.step).toBe('problem');

    const reopened = start(w.doc());
    expect(reopened.snap().matches('problem')).toBe(true);
    expect(reopened.saved).toHaveLength(0); // opening is not a change
  });

  it.each(STEP_IDS)('starts a stored draft at its saved step %s', (step) => {
    const w = start(draft((a) => ({ ...a, step })));
    expect(currentStep(w.snap())).toBe(step);
    expect(w.snap().matches(step)).toBe(true);
  });
});

describe('nav.goto', () => {
  it('jumps only to steps already reached', () => {
    const w = start(draft((a) => ({ ...a, step: 'cameras' })));
    expect(canGoTo(w.snap(), 'school')).toBe(true);
    expect(canGoTo(w.snap(), 'balancing')).toBe(false);
    w.send({ type: 'nav.goto', step: 'balancing' });
    expect(currentStep(w.snap())).toBe('cameras');

    w.send({ type: 'nav.goto', step: 'problem' });
    expect(currentStep(w.snap())).toBe('problem');
    // Still reached: the principal can jump forward again to where they were.
    w.send({ type: 'nav.goto', step: 'cameras' });
    expect(currentStep(w.snap())).toBe('cameras');
  });

  it('reopens a draft left on an early step with its later answered steps still reachable', () => {
    const w = start(draft((a) => ({ ...a, step: 'school', data: { ...a.data, retentionHours: 72 } })));
    expect(canGoTo(w.snap(), 'data')).toBe(true);
    expect(canGoTo(w.snap(), 'consultation')).toBe(false);
  });

  it('jumps from the review to any step, and nav.next returns to the review', () => {
    const w = start(draft((a) => ({ ...a, step: 'review' })));
    for (const step of STEP_IDS.filter((s) => s !== 'review')) expect(canGoTo(w.snap(), step)).toBe(true);

    w.send({ type: 'nav.goto', step: 'problem' });
    expect(currentStep(w.snap())).toBe('problem');
    expect(w.snap().context.returnTo).toBe('review');
    w.send({ type: 'nav.next' });
    expect(currentStep(w.snap())).toBe('review');
    expect(w.snap().context.returnTo).toBeNull();
  });

  it('ends the detour from the review when the principal goes back instead', () => {
    const w = start(draft((a) => ({ ...a, step: 'review' })));
    w.send({ type: 'nav.goto', step: 'data' });
    w.send({ type: 'nav.back' });
    expect(currentStep(w.snap())).toBe('balancing');
    w.send({ type: 'nav.next' });
    expect(currentStep(w.snap())).toBe('data');
  });
});

describe('stepStatuses', () => {
  it('marks the current step, the unreached ones, and the reached ones by what the domain found', () => {
    const w = start(draft((a) => ({ ...a, step: 'measures' })));
    const statuses = Object.fromEntries(stepStatuses(w.snap()).map((s) => [s.step, s.status])) as Record<
      StepId,
      string
    >;
    expect(statuses.measures).toBe('current');
    expect(statuses.cameras).toBe('unreached');
    expect(statuses.decision).toBe('unreached');
    // The empty school step lacks required answers.
    expect(statuses.school).toBe('incomplete');
    expect(isLocked(w.snap())).toBe(false);
  });
});
