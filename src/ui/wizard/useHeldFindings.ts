// Findings at the right moment: a finding that arises while the principal types in a text field is shown when
// focus leaves the field (or the step), not at the first letter. Typing is still committed and saved as before
// (useDraft); only what is shown waits. Choices (radio buttons, lists, checkboxes) show their findings at once.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { FindingView } from '../../engine/findings';
import { fieldId } from '../fields/paths';
import { CLICK_SETTLE_MS } from '../fields/TextField';
import { shownFindings } from '../findings/logic';

const isTyped = (el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement =>
  (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|email|tel|number|search|)$/.test(el.type))) && el.id.startsWith('f-');

/** `place`: the step (and camera) on screen; a new place starts with nothing held, its fields were left. */
export function useHeldFindings<F extends FindingView>(findings: F[], place: string) {
  // Per text field in focus (or just left): the finding keys it had when it took focus.
  const [held, setHeld] = useState<ReadonlyMap<string, ReadonlySet<string>>>(() => new Map());
  const shownPlace = useRef(place);
  if (shownPlace.current !== place) {
    shownPlace.current = place;
    if (held.size > 0) setHeld(new Map());
  }
  const latestFindings = useRef(findings);
  latestFindings.current = findings;
  /** Commits the drafts before a held field's findings are shown (set by the wizard). */
  const release = useRef<() => void>(() => undefined);

  const onFocusIn = (e: FocusEvent) => {
    const el = e.target;
    if (!isTyped(el)) return;
    const keys = new Set(latestFindings.current.filter((f) => fieldId(f.field) === el.id).map((f) => f.key));
    setHeld((h) => new Map(h).set(el.id, keys));
  };

  const onFocusOut = (e: FocusEvent) => {
    const el = e.target;
    if (!isTyped(el)) return;
    const id = el.id;
    // After the click that moved focus is over, so a message appearing does not move the page under it.
    window.setTimeout(() => {
      if (document.activeElement?.id === id) return;
      release.current();
      setHeld((h) => {
        if (!h.has(id)) return h;
        const next = new Map(h);
        next.delete(id);
        return next;
      });
    }, CLICK_SETTLE_MS);
  };

  const shown = useMemo(() => shownFindings(findings, held, fieldId), [findings, held]);
  return { findings: shown, onFocusIn, onFocusOut, release };
}
