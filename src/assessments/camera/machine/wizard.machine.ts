// The assessment wizard: nine steps in order, then the locked signed state.
// Every edit goes through the domain (applyEdit + evaluate); the machine never repeats a rule.
import { STEP_IDS } from '../domain';
import { initialContext } from './context';
import { camerasState } from './cameras.state';
import { decisionState, reviewState, signedState } from './decision.state';
import { EDIT_EVENT_TYPES } from './events';
import { measuresState } from './measures.state';
import { formStep, persist, stepTarget } from './steps';
import { wizardSetup } from './wizard.setup';

const edit = { guard: 'canEdit' as const, actions: ['applyEdit' as const, persist] };
const edits = Object.fromEntries(EDIT_EVENT_TYPES.map((type) => [type, edit])) as Record<
  (typeof EDIT_EVENT_TYPES)[number],
  typeof edit
>;

export const wizardMachine = wizardSetup.createMachine({
  id: 'wizard',
  context: ({ input }) => initialContext(input),
  initial: 'resume',
  on: {
    ...edits,
    'nav.goto': STEP_IDS.map((step) => ({
      guard: { type: 'canGoTo' as const, params: { step } },
      target: stepTarget(step),
      actions: [{ type: 'setReturnTo' as const, params: { step } }],
    })),
    'draft.saveAndExit': [
      { guard: 'editable', actions: [persist, { type: 'exitToHome', params: persist.params }] },
      { actions: { type: 'exitToHome', params: persist.params } },
    ],
  },
  states: {
    /** A signed assessment opens locked; a draft reopens at the step it was left on. */
    resume: {
      always: [
        { guard: 'signed', target: 'signed' },
        ...STEP_IDS.map((step) => ({ guard: { type: 'savedAt' as const, params: { step } }, target: step })),
      ],
    },
    school: formStep('school', null, 'problem'),
    problem: formStep('problem', 'school', 'measures'),
    measures: measuresState,
    cameras: camerasState,
    balancing: formStep('balancing', 'cameras', 'data'),
    data: formStep('data', 'balancing', 'consultation'),
    consultation: formStep('consultation', 'data', 'review'),
    review: reviewState,
    decision: decisionState,
    signed: signedState,
  },
});
