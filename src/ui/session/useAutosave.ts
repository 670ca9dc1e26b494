// One autosave per open assessment: debounced saves, flushed when the page hides, unloads or updates,
// and journalled to localStorage when the page goes away with changes not yet stored.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Assessment, SignedRecord } from '../../domain';
import type { Autosave, AutosaveStatus } from '../../storage';
import { useServices } from '../services';
import { clearJournal, writeJournal } from './journal';

export interface SessionSave {
  autosave: Autosave;
  status: AutosaveStatus;
  /** The newest state the principal produced (saved or not): "mine" in a conflict, the emergency backup. */
  latest: { current: Assessment | null };
  persist: (a: Assessment, signed?: SignedRecord) => void;
}

/** `loadedRevision`: the stored revision the session opened. */
export function useAutosave(loadedRevision: number): SessionSave {
  const { storage, drafts } = useServices();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const latest = useRef<Assessment | null>(null);
  // Changes made since the last confirmed save, and the stored revision they build on.
  const dirty = useRef(false);
  const base = useRef(loadedRevision);
  const leaving = useRef(false);
  // The record made at signing, by fingerprint, handed to storage with the signed document.
  const records = useRef(new Map<string, SignedRecord>());

  const autosave = useMemo(
    () =>
      storage.createAutosave({
        // At most 1 s after the principal stops typing (issue 5); still saves while they type on and on.
        save: (a) => storage.save(a, a.revision, a.signoff ? records.current.get(a.signoff.fingerprint) : undefined),
        delayMs: 600,
        maxWaitMs: 3000,
        onStatus: (s) => {
          if (typeof s === 'object' && 'saved' in s) {
            base.current = s.revision;
            dirty.current = false;
            if (latest.current) clearJournal(latest.current.id);
          }
          setStatus(s);
        },
      }),
    [storage],
  );

  const journal = () => {
    if (dirty.current && latest.current) writeJournal(latest.current, base.current);
  };

  useEffect(() => {
    const unbind = storage.bindLifecycle(autosave);
    const unregister = drafts.register(() => autosave.flush());
    const onLeave = () => {
      leaving.current = true;
      journal();
    };
    const onHidden = () => document.visibilityState === 'hidden' && journal();
    const onShow = () => {
      leaving.current = false;
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unbind();
      unregister();
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the assessment (home, another id): what was typed last is still saved.
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave, storage, drafts]);

  const persist = useMemo(
    () => (a: Assessment, signed?: SignedRecord) => {
      if (signed) records.current.set(signed.fingerprint, signed);
      // The machine does not stamp changes; the list sorts by this and an import compares it.
      const stamped = { ...a, updatedAt: new Date().toISOString() };
      latest.current = stamped;
      dirty.current = true;
      autosave.schedule(stamped);
      // A field's last keystroke may reach us after our own unload handler ran: journal it too.
      if (leaving.current) journal();
    },
    [autosave],
  );

  return { autosave, status, latest, persist };
}
