// The wizard's context, its input, and the one way the document changes (so evaluation never goes stale).
import { STEP_IDS, emptyAssessment, evaluate } from '../domain';
import type { Assessment, Evaluation, IsoDate, Policy, SignedRecord, StepId } from '../domain';
import {
  addItem,
  applyHoursPreset,
  duplicateCamera,
  moveItem,
  removeItem,
  setJustification,
  setVerdict,
  setWithoutComment,
} from './edits';
import { appendIncidents, sortIncidentsByDate } from '../incidents';
import type { EditEvent } from './events';
import { setAtPath } from './paths';

export interface WizardInput {
  assessment: Assessment;
  policy: Policy;
  /** The date rules are evaluated on (review dates, incident age); the edge passes the real today. */
  today: IsoDate;
}

export interface WizardContext {
  assessment: Assessment;
  policy: Policy;
  today: IsoDate;
  /** The domain's verdict on the current answers, recomputed after every change. */
  evaluation: Evaluation;
  /** The furthest step reached; the stepper lets the principal jump back to any step up to it. */
  reached: StepId;
  /** 'review' after a jump from the review to a step: nav.next then returns to the review. */
  returnTo: 'review' | null;
  /** The camera open in the cameras step's sub-flow. */
  editingCameraId: string | null;
  signError: string | null;
  /** The record of what was signed in this session (null before, or for a document opened signed). */
  signed: SignedRecord | null;
}

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

export function furthest(a: StepId, b: StepId): StepId {
  return stepIndex(a) >= stepIndex(b) ? a : b;
}

/** The part of the document each step fills in. */
const SECTION: Record<StepId, keyof Assessment> = {
  school: 'school',
  problem: 'problem',
  measures: 'measures',
  cameras: 'cameras',
  balancing: 'balancing',
  data: 'data',
  consultation: 'consultation',
  review: 'justifications',
  decision: 'decision',
};

/**
 * The furthest step with any answer. A draft left on an earlier step after a detour from the review
 * reopens with the later steps still reachable from the stepper (the document does not store `reached`).
 */
export function furthestAnswered(a: Assessment): StepId {
  const blank = emptyAssessment(a.id, new Date(0));
  const answered = STEP_IDS.filter((s) => JSON.stringify(a[SECTION[s]]) !== JSON.stringify(blank[SECTION[s]]));
  return answered.at(-1) ?? 'school';
}

export function initialContext({ assessment, policy, today }: WizardInput): WizardContext {
  const signed = assessment.signoff !== null;
  return {
    assessment,
    policy,
    today,
    evaluation: evaluate(assessment, policy, today),
    reached: signed ? 'decision' : furthest(assessment.step, furthestAnswered(assessment)),
    returnTo: null,
    editingCameraId: null,
    signError: null,
    signed: null,
  };
}

/** The document after an edit event, or null when the edit is refused or does not apply. */
export function applyEdit(context: WizardContext, event: EditEvent): Assessment | null {
  const a = context.assessment;
  if (a.signoff !== null) return null;
  switch (event.type) {
    case 'answer.set':
      return setAtPath(a, event.path, event.value);
    case 'item.add':
      return addItem(a, event.list, event.id);
    case 'item.remove':
      return removeItem(a, event.list, event.id);
    case 'item.move':
      return moveItem(a, event.list, event.id, event.delta);
    case 'incidents.append':
      return appendIncidents(a, event.incidents);
    case 'incidents.sortByDate':
      return sortIncidentsByDate(a);
    case 'camera.duplicate':
      return duplicateCamera(a, event.id, event.newId);
    case 'hours.preset':
      return applyHoursPreset(a, context.policy, event, event.preset);
    case 'justify.set':
      return setJustification(a, event.key, event.text);
    case 'verdict.set':
      return setVerdict(a, event.cameraId, event);
    case 'withoutComment.set':
      return setWithoutComment(a, event.keys);
  }
}

/** The context after the document changed: the evaluation follows it. */
export function withAssessment(context: WizardContext, assessment: Assessment): Partial<WizardContext> {
  return { assessment, evaluation: evaluate(assessment, context.policy, context.today) };
}
