// The measures step. Leaving it with nothing tried and no reason given stops at tryFirst, which says
// what to try (IMY's most common reason to refuse was that nothing less intrusive had been tried).
import { back, enterStep, forward, persist } from './steps';
import { wizardSetup } from './wizard.setup';

const leave = [{ guard: 'needsTryFirst' as const, target: 'tryFirst' }, ...forward('cameras')];

export const measuresState = wizardSetup.createStateConfig({
  entry: enterStep('measures'),
  initial: 'form',
  on: { 'nav.back': back('problem') },
  states: {
    form: { on: { 'nav.next': leave } },
    /** The form with the question "why can no measure be tried" in focus. */
    writeReason: { on: { 'nav.next': leave } },
    tryFirst: {
      on: {
        // Continuing is allowed: the outcome will say "try other measures first" anyway.
        'nav.next': forward('cameras'),
        'nav.back': 'form',
        'measures.recordReason': 'writeReason',
        'draft.saveAndExit': { actions: [persist, { type: 'exitToHome', params: persist.params }] },
      },
    },
  },
});
