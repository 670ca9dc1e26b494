// The annual review (årlig omprövning): when it is due, the new version that starts it, and what the
// principal must answer in it. IMY criticises cameras left running year after year without a look.
import type { AnnualReview, Assessment, IsoDate, StepId, Text } from '../domain/types';
import { activeCameras } from '../domain/branches';
import { nextVersion } from '../domain/canonical';
import type { Change } from './diff';
import { cameraTitle, diffAssessments, incidentsSince } from './diff';
import { dueStatus, type ReviewStatus } from '../../../engine/days';
import { t } from '../domain/rule-helpers';

export { DUE_SOON_DAYS, type ReviewStatus } from '../../../engine/days';

/** Whether the surveillance is over for good: ended as a whole, every camera ended, or rejected. */
export function surveillanceOver(a: Assessment, today: IsoDate): boolean {
  if (a.endedOn !== '' && a.endedOn <= today) return true;
  if (a.laterDecision?.result === 'rejected') return true;
  return a.cameras.length > 0 && a.cameras.every((c) => c.endedOn !== '' && c.endedOn <= today);
}

/**
 * For a signed assessment in force: 'overdue' after the review date, 'due-soon' from 30 days before it up to
 * and including the day itself. A draft, or surveillance that is over, is never due.
 */
export function reviewStatus(a: Assessment, evaluationNextReview: IsoDate, today: IsoDate): ReviewStatus {
  if (a.signoff === null || surveillanceOver(a, today)) return 'not-due';
  return dueStatus(evaluationNextReview, today);
}

/**
 * A new draft continuing the signed version (the domain's nextVersion: answers copied, decision and signature
 * not), marked as an annual review with the review's own questions unanswered. Ended cameras are not asked
 * about: they stay in the document as the record of what ended.
 */
export function startAnnualReview(signed: Assessment, newId: string, now: Date): Assessment {
  const draft = nextVersion(signed, newId, now);
  const annualReview: AnnualReview = {
    reviewOf: {
      previousId: signed.id,
      previousVersion: signed.version,
      previousDecisionDate: signed.school.decisionDate || signed.signoff?.date || '',
    },
    incidentsSince: '',
    // Keys exist from the start so the wizard can write each answer by its path.
    stillNeeded: Object.fromEntries(activeCameras(signed).map((c) => [c.id, ''])),
    measuresNowSuffice: '',
    changesSummary: '',
  };
  return { ...draft, annualReview };
}

/**
 * A new version for a change that is not an annual review ("Starta ny version"). Like nextVersion, but a
 * review's answers are not carried into it: nextVersion copies every answer, these included.
 */
export function startNewVersion(signed: Assessment, newId: string, now: Date): Assessment {
  const { annualReview: _previousReview, ...draft } = nextVersion(signed, newId, now);
  return draft;
}

/** Whether this version was started as the annual review of the version it continues. */
export const isAnnualReview = (a: Assessment): boolean =>
  a.annualReview !== undefined && a.annualReview.reviewOf.previousId === a.previousVersionId;

export type ReviewQuestionId = 'incidents' | 'changes' | 'stillNeeded' | 'measures';

export interface ReviewQuestion {
  id: ReviewQuestionId;
  /** The step where the principal answers it. */
  step: StepId;
  /** Where the answer is stored (a path the wizard's answer.set accepts). */
  field: string;
  cameraId?: string;
  question: Text;
  /** What the app already found, for the principal to confirm: new incidents, camera or measure changes. */
  found: Change[];
  answered: boolean;
  /** An action the answer calls for that is not yet done in the document; null when none. */
  followUp: Text | null;
}


/** What the principal must answer in an annual review, in wizard order. Empty for a version that is not one. */
export function annualReviewQuestions(previous: Assessment, next: Assessment): ReviewQuestion[] {
  const review = next.annualReview;
  if (!review || !isAnnualReview(next)) return [];
  const changes = diffAssessments(previous, next);
  const since = review.reviewOf.previousDecisionDate || previous.school.decisionDate;
  const newIncidents = new Set(incidentsSince(previous, next).map((i) => i.id));
  const incidentChanges = changes.filter((c) => c.kind === 'added' && c.field.startsWith('problem.incidents.'));
  const active = new Set(activeCameras(next).map((c) => c.id));
  const questions: ReviewQuestion[] = [];

  questions.push({
    id: 'incidents',
    step: 'problem',
    field: 'annualReview.incidentsSince',
    question: t(`Har det inträffat händelser sedan förra beslutet${since ? ` (${since})` : ''}?`, `Have incidents happened since the last decision${since ? ` (${since})` : ''}?`),
    found: incidentChanges,
    answered: review.incidentsSince !== '',
    followUp:
      review.incidentsSince === 'yes' && newIncidents.size === 0
        ? t('Lägg till händelserna i händelseloggen.', 'Add the incidents to the incident log.')
        : review.incidentsSince === 'no' && newIncidents.size > 0
          ? t('Händelseloggen har händelser efter förra beslutet. Ändra svaret eller rätta loggen.', 'The incident log has incidents after the last decision. Change the answer or correct the log.')
          : null,
  });

  questions.push({
    id: 'measures',
    step: 'measures',
    field: 'annualReview.measuresNowSuffice',
    question: t('Räcker de andra åtgärderna nu, så att kamerabevakningen inte längre behövs?', 'Do the other measures now suffice, so that surveillance is no longer needed?'),
    found: changes.filter((c) => c.area === 'measures'),
    answered: review.measuresNowSuffice !== '',
    followUp:
      review.measuresNowSuffice === 'yes' && active.size > 0
        ? t('Om de andra åtgärderna räcker ska kamerabevakningen avslutas.', 'If the other measures suffice, the surveillance should end.')
        : null,
  });
  questions.push({
    id: 'changes',
    step: 'cameras',
    field: 'annualReview.changesSummary',
    question: t(
      'Vad har ändrats sedan förra beslutet? Beskriv kameror som lagts till, flyttats eller tagits bort, eller skriv att inget har ändrats.',
      'What has changed since the last decision? Describe cameras added, moved or removed, or write that nothing has changed.',
    ),
    found: changes.filter((c) => c.area === 'cameras' && (c.kind !== 'changed' || /\.(location|areaKind|endedOn)$/.test(c.field))),
    answered: review.changesSummary.trim() !== '',
    followUp: null,
  });

  previous.cameras.forEach((camera) => {
    if (!(camera.id in review.stillNeeded)) return;
    const index = next.cameras.findIndex((c) => c.id === camera.id);
    if (index < 0) return; // removed from this version: the change list shows it
    const title = cameraTitle(next.cameras[index]!, index);
    const answer = review.stillNeeded[camera.id] ?? '';
    questions.push({
      id: 'stillNeeded',
      step: 'cameras',
      field: `annualReview.stillNeeded.${camera.id}`,
      cameraId: camera.id,
      question: t(`Behövs ${title.sv} fortfarande?`, `Is ${title.en} still needed?`),
      found: changes.filter((c) => c.cameraId === camera.id),
      answered: answer !== '',
      followUp:
        answer === 'no' && active.has(camera.id)
          ? t('Avsluta kameran med ett datum, eller ta bort den ur bedömningen.', 'End the camera with a date, or remove it from the assessment.')
          : null,
    });
  });

  return questions;
}
