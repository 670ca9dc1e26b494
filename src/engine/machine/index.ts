// The wizard engine: a kind's ordered steps and rules in, an xstate machine out.
export { createWizardMachine } from './create';
export type { StepExtension, WizardMachine, WizardSetup } from './create';
export { stepOrder } from './setup';
export type * from './types';
