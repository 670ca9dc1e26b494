// Text typed into a field lives here first and reaches the machine a moment after typing stops (and at least
// once a second while it goes on, so the journal and autosave see it), so a keystroke never waits for a full
// evaluation of a 60-camera assessment. Nothing is dropped: a pending
// value is committed on unmount, before the page is hidden or unloaded, and when the wizard asks (Nästa). Not on blur: a commit there
// would move the page (a finding or "Saknas" appearing or going) between the press and the release of the
// click that caused the blur, and the click would land on something else. While a value waits, the wizard's
// save status knows (FieldDrafts), so it does not say "Sparat" over text the document does not have yet.
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { FieldDraftsContext } from '../wizard/drafts';
import { createDraftBuffer } from './draftBuffer';

export { DRAFT_MAX_WAIT_MS } from './draftBuffer';
/** Long enough for a mouse click (press and release) to finish before the page changes under it. */
export const CLICK_SETTLE_MS = 300;

export function useDraft<T>(
  external: T,
  commit: (value: T) => void,
  /** Whether the draft already says what the document holds (e.g. '2000' and '20:00'): then it is kept as typed. */
  equivalent: (external: T, draft: T) => boolean = Object.is,
): { draft: T; change: (value: T) => void; flush: () => void } {
  const [draft, setDraft] = useState(external);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const drafts = useContext(FieldDraftsContext);
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const [buffer] = useState(() => {
    const created = createDraftBuffer(
      external,
      (value) => commitRef.current(value),
      (held) => draftsRef.current?.hold(created.flush, held),
    );
    return created;
  });

  // Follow the document when it changes from elsewhere, unless the principal's typing is still pending.
  useEffect(() => {
    if (!buffer.waiting() && !equivalent(external, buffer.latest())) {
      buffer.follow(external);
      setDraft(external);
    }
  }, [external]);

  useEffect(() => drafts?.register(buffer.flush), [drafts, buffer]);

  useEffect(() => {
    const onHide = () => buffer.flush();
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      buffer.flush();
    };
  }, [buffer]);

  const change = useCallback(
    (value: T) => {
      setDraft(value);
      buffer.change(value);
    },
    [buffer],
  );

  return { draft, change, flush: buffer.flush };
}
