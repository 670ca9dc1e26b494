// What every part of the wizard reads: the machine's snapshot, a way to send it events, and focus requests.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Finding, StepId } from '../../assessments/camera/domain';
import type { WizardEvent, WizardSnapshot } from '../../assessments/camera/machine';

/** What the shared fields ask the kind about a question, by its dotted path. */
export interface FieldFacts {
  /** The longest text the kind's restore accepts there: the field takes no more. */
  textLimit: (path: string) => number;
  /** Whether the missing answer at this path is shown now (after Nästa with gaps on its step or page). */
  gapsShown: (path: string) => boolean;
}

export interface WizardApi extends FieldFacts {
  snapshot: WizardSnapshot;
  /** The findings to show now: the evaluation's, less those that arose in the text field being typed in. */
  findings: Finding[];
  send: (event: WizardEvent) => void;
  /** Moves focus to the element with this id after the next render (opening a step or camera first if needed). */
  focusId: (id: string) => void;
  /** Moves focus to the question at this dotted path, wherever it is (another step, a closed camera). */
  goToField: (path: string, step: StepId, cameraId?: string) => void;
  /** Says something once to screen readers (added, removed, moved). */
  announce: (text: string) => void;
  /** Steps where the principal pressed Nästa with gaps: missing answers are shown at their fields. */
  showGaps: ReadonlySet<StepId>;
  revealGaps: (step: StepId) => void;
  /** The machine's snapshot now (after events sent in this handler), not the one this render saw. */
  latest: () => WizardSnapshot;
  /** Commits text still waiting in any field, so a decision (Nästa, Skriv under) sees everything typed. */
  flushDrafts: () => void;
  /** Saves the draft, keystrokes still waiting in fields included, and leaves for the home screen. */
  saveAndExit: () => void;
  registerDraft: (flush: () => void) => () => void;
}

export const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const api = useContext(WizardContext);
  if (!api) throw new Error('useWizard outside WizardPage');
  return api;
}
