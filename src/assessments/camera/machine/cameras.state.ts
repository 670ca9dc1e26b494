// The cameras step's own sub-flow: the list, and one camera open whose public/non-public answer chooses
// its questions. The engine adds the step's entry and its nav.next / nav.back.
import type { StepExtension } from '../../../engine/machine';
import { cameraBranch } from '../domain';
import type { CameraWizard, WizardContext } from './context';

export type CameraBranchState = 'public' | 'nonPublic' | 'unsure' | 'unanswered';

function openBranch(context: WizardContext): CameraBranchState {
  const camera = context.assessment.cameras.find((c) => c.id === context.editingCameraId);
  return (camera && cameraBranch(camera)) ?? 'unanswered';
}

/** Re-chosen after every answer, so switching the answer switches the questions (and keeps the old answers). */
const branchIs = (branch: CameraBranchState) => ({ context }: { context: WizardContext }) => openBranch(context) === branch;
const routeByBranch = {
  always: [
    { guard: branchIs('public'), target: 'public' },
    { guard: branchIs('nonPublic'), target: 'nonPublic' },
    { guard: branchIs('unsure'), target: 'unsure' },
    { target: 'unanswered' },
  ],
};

export const camerasStep: StepExtension<CameraWizard, 'needsTryFirst'> = (s) =>
  s.createStateConfig({
    initial: 'list',
    on: {
      'camera.open': {
        guard: ({ context, event }) => event.type === 'camera.open' && context.assessment.cameras.some((c) => c.id === event.id),
        target: '.editing',
        reenter: true,
        actions: s.assign(({ event }) => (event.type === 'camera.open' ? { editingCameraId: event.id } : {})),
      },
    },
    states: {
      list: {},
      editing: {
        initial: 'route',
        exit: s.assign({ editingCameraId: null }),
        // The open camera was removed (item.remove): back to the list.
        always: {
          guard: ({ context }) => !context.assessment.cameras.some((c) => c.id === context.editingCameraId),
          target: 'list',
        },
        on: {
          'camera.close': 'list',
          'answer.set': {
            guard: 'canEdit',
            actions: ['applyEdit', { type: 'persist', params: ({ context }) => ({ assessment: context.assessment }) }],
            target: '.route',
          },
        },
        states: {
          route: routeByBranch,
          unanswered: {},
          /** Who else is there and when; under the policy the camera goes to förvaltningen for review. */
          public: {
            initial: 'route',
            states: {
              route: {
                always: [
                  { guard: ({ context }) => context.policy.centralReviewOfPublicAreas, target: 'centralReview' },
                  { target: 'local' },
                ],
              },
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
