// What every shared part of a wizard reads, whatever the kind: the answers by path, what is missing, a way to
// send an answer, and focus requests. A kind's own pages read their machine through a context of their own.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FindingView } from '../../engine/findings';

/** What the shared fields ask the kind about a question, by its dotted path. */
export interface FieldFacts {
  /** The longest text the kind's restore accepts there: the field takes no more. */
  textLimit: (path: string) => number;
  /** Whether the missing answer at this path is shown now (after Nästa with gaps on its step or page). */
  gapsShown: (path: string) => boolean;
  /** The answer at this path of the document on screen. */
  valueAt: (path: string) => unknown;
  /** The kind reports the answer at this path as missing. */
  isMissing: (path: string) => boolean;
  /** The answer given to the warning with this key ('' when none). */
  justificationOf: (key: string) => string;
}

/** What the shared fields send. A kind checks each against its document (an unknown list changes nothing). */
export type FieldEvent =
  | { type: 'answer.set'; path: string; value: unknown }
  | { type: 'item.add' | 'item.remove'; list: string; id: string }
  | { type: 'item.move'; list: string; id: string; delta: -1 | 1 }
  | { type: 'justify.set'; key: string; text: string };

export interface WizardApi extends FieldFacts {
  /** The findings to show now: the evaluation's, less those that arose in the text field being typed in. */
  findings: readonly FindingView[];
  send: (event: FieldEvent) => void;
  /** Moves focus to the element with this id after the next render (opening a step or item first if needed). */
  focusId: (id: string) => void;
  /** Moves focus to the question at this dotted path, wherever it is (another step, a closed item). */
  goToField: (path: string, step: string, itemId?: string) => void;
  /** Moves focus to the question that settles this finding (the list row it is about opened first). */
  goToFinding: (finding: FindingView) => void;
  /** Says something once to screen readers (added, removed, moved). */
  announce: (text: string) => void;
  /** Commits text still waiting in any field, so a decision (Nästa, Skriv under) sees everything typed. */
  flushDrafts: () => void;
  /** Saves the draft, keystrokes still waiting in fields included, and leaves for the home screen. */
  saveAndExit: () => void;
}

export const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const api = useContext(WizardContext);
  if (!api) throw new Error('useWizard outside a wizard page');
  return api;
}
