// Public face of the wizard machine: the machine, its events, and the selectors the UI reads.
export { wizardMachine } from './wizard.machine';
export { signAssessment } from './wizard.setup';
export type { CameraBranchState, SignInput, SignOutput, WizardNotice } from './wizard.setup';
export type { WizardContext, WizardInput } from './context';
export * from './events';
export * from './selectors';
export { isWritablePath, setAtPath } from './paths';
