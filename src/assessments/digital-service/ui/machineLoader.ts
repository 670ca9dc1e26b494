// The validation wizard with the effects main.tsx provides, made once per app, so every later validation
// opened finds it at once.
import { machineLoaders } from '../../../ui/wizard/machineLoader';
import { serviceMachine, type ServiceMachine } from '../machine/wizard.machine';

export const serviceMachineLoader = machineLoaders<ServiceMachine>(serviceMachine);
