// Building blocks shared by the step states: entering a step, moving forward and back.
import type { StepId } from '../domain';
import { furthest } from './context';
import type { WizardContext } from './context';
import { wizardSetup } from './wizard.setup';

export const stepTarget = (step: StepId): `#wizard.${StepId}` => `#wizard.${step}`;

/** Saves the document as it is after the preceding actions of the same transition. */
export const persist = {
  type: 'persist' as const,
  params: ({ context }: { context: WizardContext }) => ({ assessment: context.assessment }),
};

/** Entering a step records it in the document, so a stored draft reopens there, and saves if it moved. */
export const enterStep = (step: StepId) =>
  wizardSetup.enqueueActions(({ context, enqueue }) => {
    const reached = furthest(context.reached, step);
    if (reached !== context.reached) enqueue.assign({ reached });
    if (context.assessment.step === step) return;
    const assessment = { ...context.assessment, step };
    enqueue.assign({ assessment });
    enqueue({ type: 'persist', params: { assessment } });
  });

/** nav.next: back to the review when the principal came from there, else to the next step. */
export const forward = (next: StepId) => [
  { guard: 'returnToReview' as const, target: stepTarget('review') },
  { target: stepTarget(next) },
];

/** nav.back: the previous step; a detour from the review ends here. */
export const back = (prev: StepId) => ({ target: stepTarget(prev), actions: 'clearReturnTo' as const });

/** A step with only a form: school, problem, balancing, data, consultation. */
export const formStep = (step: StepId, prev: StepId | null, next: StepId) =>
  wizardSetup.createStateConfig({
    entry: enterStep(step),
    on: prev === null ? { 'nav.next': forward(next) } : { 'nav.next': forward(next), 'nav.back': back(prev) },
  });
