// The wizard engine: a kind's ordered steps and rules in, an xstate machine out.
export { createWizardMachine, persist } from './create';
export type { StepExtension, WizardSetup } from './create';
export { stepOrder } from './setup';
export type * from './types';
