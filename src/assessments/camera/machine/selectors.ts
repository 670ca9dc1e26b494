// Pure reads of a wizard snapshot for the UI: what to render, never a copy of a rule.
import type { SnapshotFrom } from 'xstate';
import { STEP_IDS } from '../domain';
import type { Finding, Missing, StepId } from '../domain';
import { stepIndex } from './context';
import type { wizardMachine } from './wizard.machine';
import type { CameraBranchState } from './cameras.state';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

export type StepStatus = 'complete' | 'incomplete' | 'problem' | 'current' | 'unreached';

/** The step on screen; after signing, the decision step (the document's last). */
export function currentStep(snapshot: WizardSnapshot): StepId {
  return snapshot.context.assessment.signoff !== null ? 'decision' : snapshot.context.assessment.step;
}

export function isLocked(snapshot: WizardSnapshot): boolean {
  return snapshot.hasTag('locked') || snapshot.context.assessment.signoff !== null;
}

/** Whether the stepper may jump to the step now (a reached step, or any step from the review). */
export function canGoTo(snapshot: WizardSnapshot, step: StepId): boolean {
  return snapshot.can({ type: 'nav.goto', step });
}

/**
 * One status per step, in order, for the stepper. A step has a problem when the domain found a
 * blocking or escalating issue there, or a warning not yet answered; incomplete when answers are missing.
 */
export function stepStatuses(snapshot: WizardSnapshot): { step: StepId; status: StepStatus }[] {
  const { evaluation, assessment, reached } = snapshot.context;
  const locked = isLocked(snapshot);
  const current = currentStep(snapshot);
  const problem = (f: Finding) =>
    f.severity === 'block' || f.severity === 'escalate' || (f.severity === 'warn' && !assessment.justifications[f.key]);
  return STEP_IDS.map((step) => {
    let status: StepStatus;
    if (!locked && step === current) status = 'current';
    else if (stepIndex(step) > stepIndex(reached)) status = 'unreached';
    else if (evaluation.findings.some((f) => f.step === step && problem(f))) status = 'problem';
    else if (evaluation.missing.some((m) => m.step === step)) status = 'incomplete';
    else status = 'complete';
    return { step, status };
  });
}

/** Where the review sends the principal to fix a finding or a missing answer. */
export function findingTarget(item: Finding | Missing): { step: StepId; field: string; cameraId?: string } {
  const cameraId = 'cameraId' in item ? item.cameraId : undefined;
  return cameraId === undefined
    ? { step: item.step, field: item.field }
    : { step: item.step, field: item.field, cameraId };
}

export type CameraView =
  | { mode: 'list' }
  | {
      mode: 'editing';
      cameraId: string;
      cameraIndex: number;
      branch: CameraBranchState;
      /** Public place under a policy of central review: the camera goes to förvaltningen first. */
      centralReview: boolean;
    };

/** The cameras step's sub-state, or null on another step. */
export function cameraView(snapshot: WizardSnapshot): CameraView | null {
  if (!snapshot.matches('cameras')) return null;
  const id = snapshot.context.editingCameraId;
  if (!snapshot.matches({ cameras: 'editing' }) || id === null) return { mode: 'list' };
  const branches: CameraBranchState[] = ['public', 'nonPublic', 'unsure', 'unanswered'];
  const branch = branches.find((b) => snapshot.matches({ cameras: { editing: b } })) ?? 'unanswered';
  return {
    mode: 'editing',
    cameraId: id,
    cameraIndex: snapshot.context.assessment.cameras.findIndex((c) => c.id === id),
    branch,
    centralReview: snapshot.matches({ cameras: { editing: { public: 'centralReview' } } }),
  };
}

export type MeasuresView = 'form' | 'writeReason' | 'tryFirst';

/** The measures step's sub-state, or null on another step. */
export function measuresView(snapshot: WizardSnapshot): MeasuresView | null {
  if (!snapshot.matches('measures')) return null;
  if (snapshot.matches({ measures: 'tryFirst' })) return 'tryFirst';
  return snapshot.matches({ measures: 'writeReason' }) ? 'writeReason' : 'form';
}

/** Work running in an effect, for a spinner and to disable buttons. */
export function busy(snapshot: WizardSnapshot): 'signing' | null {
  return snapshot.matches({ decision: 'signing' }) ? 'signing' : null;
}
