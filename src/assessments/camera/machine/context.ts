// The camera wizard's types, its own context, its input, and the one way its document changes.
import { STEP_IDS, emptyAssessment } from '../domain';
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
import type { CameraEvent, SignoffDraft } from './events';
import type { SignInput, SignOutput } from './sign';
import { stepOrder } from '../../../engine/machine';
import type { WizardContextOf, WizardEventOf, WizardNotice as WizardNoticeOf } from '../../../engine/machine';
import { setAtPath } from './paths';

export interface WizardInput {
  assessment: Assessment;
  policy: Policy;
  /** The date rules are evaluated on (review dates, incident age); the edge passes the real today. */
  today: IsoDate;
}

/** The camera wizard's types, for the engine's factory. */
export interface CameraWizard {
  doc: Assessment;
  step: StepId;
  evaluation: Evaluation;
  extra: CameraExtra;
  event: CameraEvent;
  signoffDraft: SignoffDraft;
  signInput: SignInput;
  signOutput: SignOutput | Assessment;
  signed: SignedRecord;
  input: WizardInput;
}

/** What the camera wizard keeps beside the engine's context. */
export interface CameraExtra {
  policy: Policy;
  today: IsoDate;
  /** The camera open in the cameras step's sub-flow. */
  editingCameraId: string | null;
}

export type WizardContext = WizardContextOf<CameraWizard>;
export type WizardEvent = WizardEventOf<CameraWizard>;
export type WizardNotice = WizardNoticeOf<CameraWizard>;

/** The step order the engine's wizard uses, for the stepper and for how far a stored draft had come. */
export const { index: stepIndex, furthest } = stepOrder(STEP_IDS);

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

/** The document the wizard opens with, its own context, and how far a stored draft had come. */
export function open({ assessment, policy, today }: WizardInput) {
  return {
    assessment,
    extra: { policy, today, editingCameraId: null },
    reached: furthest(assessment.step, furthestAnswered(assessment)),
  };
}

/** The document after an edit event, or null when the edit is refused or does not apply. */
export function applyEdit(context: WizardContext, event: CameraEvent): Assessment | null {
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
    default:
      return null; // the cameras step's open/close and the measures step's recordReason change no answer
  }
}
