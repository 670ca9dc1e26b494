// What the camera wizard's own pages read: the shared wizard's facts, and the camera machine itself.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { STEP_IDS } from '../../domain';
import type { Finding, StepId } from '../../domain';
import { LIST_NAMES } from '../../machine';
import type { ListName, WizardEvent, WizardSnapshot } from '../../machine';
import type { FieldEvent, WizardApi } from '../../../../ui/wizard/context';

export interface CameraWizardApi extends Omit<WizardApi, 'send' | 'goToField' | 'goToFinding' | 'findings'> {
  snapshot: WizardSnapshot;
  findings: readonly Finding[];
  send: (event: WizardEvent) => void;
  goToField: (path: string, step: StepId, cameraId?: string) => void;
  /** Steps where the principal pressed Nästa with gaps: missing answers are shown at their fields. */
  showGaps: ReadonlySet<StepId>;
  revealGaps: (step: StepId) => void;
  /** The machine's snapshot now (after events sent in this handler), not the one this render saw. */
  latest: () => WizardSnapshot;
}

export const CameraWizardContext = createContext<CameraWizardApi | null>(null);

export function useWizard(): CameraWizardApi {
  const api = useContext(CameraWizardContext);
  if (!api) throw new Error('useWizard outside the camera WizardPage');
  return api;
}

const isListName = (list: string): list is ListName => LIST_NAMES.some((name) => name === list);
const isStepId = (step: string): step is StepId => STEP_IDS.some((id) => id === step);

/** A shared field's event as the camera machine's, or null for a list the camera does not have. */
function cameraEventOf(event: FieldEvent): WizardEvent | null {
  switch (event.type) {
    case 'answer.set':
    case 'justify.set':
      return event;
    case 'item.add':
    case 'item.remove':
      return isListName(event.list) ? { type: event.type, list: event.list, id: event.id } : null;
    case 'item.move':
      return isListName(event.list) ? { ...event, list: event.list } : null;
  }
}

/** The shared fields' view of the camera wizard: their events and steps checked against the camera's. */
export function sharedApi(api: CameraWizardApi): WizardApi {
  return {
    ...api,
    send: (event) => {
      const cameraEvent = cameraEventOf(event);
      if (cameraEvent) api.send(cameraEvent);
    },
    goToField: (path, step, cameraId) => {
      if (isStepId(step)) api.goToField(path, step, cameraId);
    },
    // The shared card knows the finding as every kind shows it; the camera's own says which camera it is about.
    goToFinding: (shown) => {
      const own = api.findings.find((f) => f.key === shown.key);
      if (own) api.goToField(own.field, own.step, own.cameraId);
    },
  };
}
