// The cameras step: the list, and one camera open whose public/non-public answer chooses its questions.
import { back, enterStep, forward, persist } from './steps';
import { wizardSetup } from './wizard.setup';

/** Re-chosen after every answer, so switching the answer switches the questions (and keeps the old answers). */
const routeByBranch = {
  always: [
    { guard: { type: 'openBranchIs', params: { branch: 'public' } }, target: 'public' },
    { guard: { type: 'openBranchIs', params: { branch: 'nonPublic' } }, target: 'nonPublic' },
    { guard: { type: 'openBranchIs', params: { branch: 'unsure' } }, target: 'unsure' },
    { target: 'unanswered' },
  ],
} as const;

export const camerasState = wizardSetup.createStateConfig({
  entry: enterStep('cameras'),
  initial: 'list',
  on: {
    'nav.next': forward('balancing'),
    'nav.back': back('measures'),
    'camera.open': { guard: 'cameraExists', target: '.editing', reenter: true, actions: 'openCamera' },
  },
  states: {
    list: {},
    editing: {
      initial: 'route',
      exit: 'closeCamera',
      // The open camera was removed (item.remove): back to the list.
      always: { guard: 'openCameraGone', target: 'list' },
      on: {
        'camera.close': 'list',
        'answer.set': { guard: 'canEdit', actions: ['applyEdit', persist], target: '.route' },
      },
      states: {
        route: routeByBranch,
        unanswered: {},
        /** Who else is there and when; under the policy the camera goes to förvaltningen for review. */
        public: {
          initial: 'route',
          states: {
            route: { always: [{ guard: 'centralReview', target: 'centralReview' }, { target: 'local' }] },
            centralReview: {},
            local: {},
          },
        },
        /** The local proportionality questions and the annual re-examination. */
        nonPublic: {},
        /** Guidance: how to tell a public place from a non-public one (IMY's map for schools). */
        unsure: {},
      },
    },
  },
});
