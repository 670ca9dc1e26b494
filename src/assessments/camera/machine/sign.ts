// Types, guards, actions and actors of the wizard. Effects are harmless stubs here; the composition
// root replaces them with `.provide()`, so the machine and its tests need no idb, jsPDF or Preact.
import { assign, fromPromise, setup } from 'xstate';
import { cameraBranch, createSignedRecord, needsTryFirst } from '../domain';
import type { Assessment, SignedRecord, Signoff, StepId } from '../domain';
import { applyEdit, stepIndex, withAssessment } from './context';
import type { WizardContext, WizardInput } from './context';
import { EDIT_EVENT_TYPES } from './events';
import type { EditEvent, SignoffDraft, WizardEvent } from './events';

export interface SignInput {
  assessment: Assessment;
  signoff: Omit<Signoff, 'signedAt' | 'fingerprint'>;
}

/**
 * What the wizard tells the page that runs it: save this document, leave for the home screen. The machine
 * only names these effects (no-ops here); main.tsx provides them once, as these notices (`actor.on`).
 */
export type WizardNotice =
  | { type: 'persist'; assessment: Assessment; signed?: SignedRecord }
  | { type: 'exitToHome'; assessment: Assessment };

export type CameraBranchState = 'public' | 'nonPublic' | 'unsure' | 'unanswered';

/** The signed document and, beside it, the record of exactly what was signed (storage keeps it unchanged). */
export interface SignOutput {
  assessment: Assessment;
  signed: SignedRecord;
}

/**
 * Default signing: stamp the time, then record the document as signed (with an empty fingerprint): the
 * record's text is what the fingerprint hashes, kept so no later schema change can alter what it attests.
 */
export async function signAssessment({ assessment, signoff }: SignInput): Promise<SignOutput> {
  const stamped: Signoff = { ...signoff, signedAt: new Date().toISOString(), fingerprint: '' };
  const signed = await createSignedRecord({ ...assessment, signoff: stamped });
  return { assessment: { ...assessment, signoff: { ...stamped, fingerprint: signed.fingerprint } }, signed };
}

/** A provided signer may still return the bare document; storage then derives the record itself. */
export function signOutputOf(output: SignOutput | Assessment): { assessment: Assessment; signed: SignedRecord | null } {
  return 'signed' in output && 'assessment' in output ? output : { assessment: output, signed: null };
}

const editTypes = new Set<string>(EDIT_EVENT_TYPES);
function isEdit(event: WizardEvent): event is EditEvent {
  return editTypes.has(event.type);
}

function signoffComplete(s: SignoffDraft): boolean {
  const signature = s.signature.type === 'drawn' ? s.signature.image : s.signature.typedName;
  return s.attested && s.name.trim() !== '' && signature.trim() !== '';
}

function openBranch(context: WizardContext): CameraBranchState {
  const camera = context.assessment.cameras.find((c) => c.id === context.editingCameraId);
  return (camera && cameraBranch(camera)) ?? 'unanswered';
}

export const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
    tags: {} as 'locked',
    emitted: {} as WizardNotice,
  },
  guards: {
    editable: ({ context }) => context.assessment.signoff === null,
    signed: ({ context }) => context.assessment.signoff !== null,
    /** The edit applies to the document as it is (path exists, id known, not locked). */
    canEdit: ({ context, event }) => isEdit(event) && applyEdit(context, event) !== null,
    savedAt: ({ context }, params: { step: StepId }) => context.assessment.step === params.step,
    returnToReview: ({ context }) => context.returnTo === 'review',
    /** Back to a step already reached, or anywhere from the review; never while signed. */
    canGoTo: ({ context, event }, params: { step: StepId }) => {
      if (event.type !== 'nav.goto' || event.step !== params.step) return false;
      const current = context.assessment.step;
      if (context.assessment.signoff !== null || params.step === current) return false;
      return current === 'review' || stepIndex(params.step) <= stepIndex(context.reached);
    },
    /** The rule KB-H05-no-alternatives would block: the principal is told what to try first. */
    needsTryFirst: ({ context }) => needsTryFirst(context.assessment),
    cameraExists: ({ context, event }) =>
      event.type === 'camera.open' && context.assessment.cameras.some((c) => c.id === event.id),
    openCameraGone: ({ context }) => !context.assessment.cameras.some((c) => c.id === context.editingCameraId),
    openBranchIs: ({ context }, params: { branch: CameraBranchState }) => openBranch(context) === params.branch,
    centralReview: ({ context }) => context.policy.centralReviewOfPublicAreas,
    /** The domain allows a signature (no block finding, a signoff kind) and the form is filled in. */
    canSign: ({ context, event }) =>
      event.type === 'sign.submit' &&
      context.assessment.signoff === null &&
      context.evaluation.signoffKind !== null &&
      !context.evaluation.findings.some((f) => f.severity === 'block') &&
      signoffComplete(event.signoff),
  },
  actions: {
    applyEdit: assign(({ context, event }) => {
      const next = isEdit(event) ? applyEdit(context, event) : null;
      return next ? withAssessment(context, next) : {};
    }),
    /** Saves the document; the edge debounces. */
    persist: (_, _params: { assessment: Assessment; signed?: SignedRecord }) => {},
    /** Leaves the wizard for the home screen; the edge flushes the save first. */
    exitToHome: (_, _params: { assessment: Assessment }) => {},
    clearReturnTo: assign({ returnTo: null }),
    setReturnTo: assign(({ context }, params: { step: StepId }) => ({
      returnTo:
        context.assessment.step === 'review' && stepIndex(params.step) < stepIndex('review')
          ? ('review' as const)
          : null,
    })),
    openCamera: assign(({ event }) => (event.type === 'camera.open' ? { editingCameraId: event.id } : {})),
    closeCamera: assign({ editingCameraId: null }),
    storeSigned: assign(({ context }, params: { assessment: Assessment; signed: SignedRecord | null }) => ({
      ...withAssessment(context, params.assessment),
      signed: params.signed,
      reached: 'decision' as const,
      signError: null,
    })),
    storeSignError: assign((_, params: { error: unknown }) => ({ signError: errorText(params.error) })),
  },
  actors: {
    sign: fromPromise<SignOutput | Assessment, SignInput>(({ input }) => signAssessment(input)),
  },
});

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
