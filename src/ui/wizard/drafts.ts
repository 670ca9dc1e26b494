// The text fields of one wizard page and whether any of them holds typing that has not reached the document
// yet. The wizard commits them all before a decision (Nästa, Skriv under); the save status reads whether one
// is held, so it never says "Sparat" while a keystroke on screen is still waiting for the document.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

export interface FieldDrafts {
  /** A field's way to commit what it holds; the returned function forgets the field (it unmounted). */
  register: (flush: () => void) => () => void;
  /** The field registered with `flush` now holds typing (true) or has committed it (false). */
  hold: (flush: () => void, held: boolean) => void;
  /** Commits what every field holds. */
  flushAll: () => void;
  /** Whether some field holds typing not yet committed. */
  held: () => boolean;
  /** Told when `held()` may have changed. */
  subscribe: (listener: () => void) => () => void;
}

export function createFieldDrafts(): FieldDrafts {
  const fields = new Set<() => void>();
  const holding = new Set<() => void>();
  const listeners = new Set<() => void>();
  const setHeld = (flush: () => void, held: boolean) => {
    const was = holding.size > 0;
    if (held) holding.add(flush);
    else holding.delete(flush);
    if (was !== holding.size > 0) listeners.forEach((listener) => listener());
  };
  return {
    register: (flush) => {
      fields.add(flush);
      return () => {
        fields.delete(flush);
        setHeld(flush, false);
      };
    },
    hold: setHeld,
    flushAll: () => fields.forEach((flush) => flush()),
    held: () => holding.size > 0,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Given by the wizard page to its fields and its save status; a field outside a wizard keeps its text to itself. */
export const FieldDraftsContext = createContext<FieldDrafts | null>(null);

/** Whether a field of this wizard holds typing the document does not have yet (re-rendered only when that flips). */
export function useTypingHeld(): boolean {
  const drafts = useContext(FieldDraftsContext);
  const [held, setHeld] = useState(() => drafts?.held() ?? false);
  useEffect(() => {
    if (!drafts) return;
    setHeld(drafts.held());
    return drafts.subscribe(() => setHeld(drafts.held()));
  }, [drafts]);
  return held;
}
