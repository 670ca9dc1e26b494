// The camera wizard with the effects main.tsx provides: the session preloads it beside the record and the
// wizard page renders it, through the same loader.
import { machineLoaders } from '../../../../ui/wizard/machineLoader';
import { wizardMachine } from '../../machine';

export type CameraMachine = typeof wizardMachine;

export const cameraMachineLoader = machineLoaders<CameraMachine>(wizardMachine);
