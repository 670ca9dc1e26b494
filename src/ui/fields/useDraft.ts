// Text typed into a field lives here first and reaches the machine a moment after typing stops (and at least
// once a second while it goes on, so the journal and autosave see it), so a keystroke never waits for a full
// evaluation of a 60-camera assessment. Nothing is dropped: a pending
// value is committed on unmount, before the page is hidden or unloaded, and when the wizard asks (Nästa). Not on blur: a commit there
// would move the page (a finding or "Saknas" appearing or going) between the press and the release of the
// click that caused the blur, and the click would land on something else.
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { WizardContext } from '../wizard/context';

const DELAY_MS = 250;
/** Long enough for a mouse click (press and release) to finish before the page changes under it. */
export const CLICK_SETTLE_MS = 300;
/** Typing without a 250 ms pause still commits this often: text on screen reaches the journal within a second. */
export const DRAFT_MAX_WAIT_MS = 1000;

export function useDraft<T>(
  external: T,
  commit: (value: T) => void,
  /** Whether the draft already says what the document holds (e.g. '2000' and '20:00'): then it is kept as typed. */
  equivalent: (external: T, draft: T) => boolean = Object.is,
): { draft: T; change: (value: T) => void; flush: () => void } {
  const [draft, setDraft] = useState(external);
  const latest = useRef(external);
  const timer = useRef<number | undefined>(undefined);
  const pendingSince = useRef<number | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const flush = useCallback(() => {
    if (timer.current === undefined) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    pendingSince.current = null;
    commitRef.current(latest.current);
  }, []);

  // Follow the document when it changes from elsewhere, unless the principal's typing is still pending.
  useEffect(() => {
    if (timer.current === undefined && !equivalent(external, latest.current)) {
      latest.current = external;
      setDraft(external);
    }
  }, [external]);

  const registerDraft = useContext(WizardContext)?.registerDraft;
  useEffect(() => registerDraft?.(flush), [registerDraft, flush]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const change = useCallback(
    (value: T) => {
      latest.current = value;
      setDraft(value);
      if (timer.current !== undefined) window.clearTimeout(timer.current);
      const now = Date.now();
      pendingSince.current ??= now;
      timer.current = window.setTimeout(flush, Math.max(0, Math.min(DELAY_MS, pendingSince.current + DRAFT_MAX_WAIT_MS - now)));
    },
    [flush],
  );

  return { draft, change, flush };
}
