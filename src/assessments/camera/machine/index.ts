// Public face of the wizard machine: the machine, its events, and the selectors the UI reads.
export { cameraWizard, wizardMachine } from './wizard.machine';
export { signAssessment } from './sign';
export type { SignInput, SignOutput } from './sign';
export type { CameraBranchState } from './cameras.state';
export type { CameraWizard, WizardContext, WizardEvent, WizardInput, WizardNotice } from './context';
export * from './events';
export * from './selectors';
export { isWritablePath, setAtPath } from './paths';
