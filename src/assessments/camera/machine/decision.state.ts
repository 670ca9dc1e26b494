// The review, the decision with its sign-off, and the locked signed state.
import { assertEvent } from 'xstate';
import { EDIT_EVENT_TYPES } from './events';
import { back, enterStep, stepTarget } from './steps';
import { signOutputOf, wizardSetup } from './wizard.setup';

export const reviewState = wizardSetup.createStateConfig({
  entry: [enterStep('review'), 'clearReturnTo'],
  on: { 'nav.next': stepTarget('decision'), 'nav.back': back('consultation') },
});

// While the signature is being made nothing may change the document it covers, nor leave the step.
const frozen = Object.fromEntries(
  [...EDIT_EVENT_TYPES, 'nav.back', 'nav.goto', 'draft.saveAndExit', 'sign.submit'].map((type) => [type, {}]),
);

export const decisionState = wizardSetup.createStateConfig({
  entry: enterStep('decision'),
  initial: 'editing',
  on: { 'nav.back': back('review') },
  states: {
    editing: { on: { 'sign.submit': { guard: 'canSign', target: 'signing' } } },
    signing: {
      on: frozen,
      invoke: {
        id: 'sign',
        src: 'sign',
        input: ({ context, event }) => {
          assertEvent(event, 'sign.submit');
          const kind = context.evaluation.signoffKind ?? 'decision'; // never null: canSign checked it
          return {
            assessment: context.assessment,
            signoff: { ...event.signoff, kind, date: event.signoff.date || context.today },
          };
        },
        onDone: {
          target: '#wizard.signed',
          actions: [
            { type: 'storeSigned', params: ({ event }) => signOutputOf(event.output) },
            // The record made at signing goes with the first save of the signed document.
            { type: 'persist', params: ({ context }) => ({ assessment: context.assessment, signed: context.signed ?? undefined }) },
          ],
        },
        onError: {
          target: 'editing',
          actions: { type: 'storeSignError', params: ({ event }) => ({ error: event.error }) },
        },
      },
    },
  },
});

/** Locked: no answer is accepted any more; a change starts a new version (the domain's nextVersion). */
export const signedState = wizardSetup.createStateConfig({
  tags: ['locked'],
});
