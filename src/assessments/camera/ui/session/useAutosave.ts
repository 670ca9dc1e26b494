// One autosave per open assessment: debounced saves with a max-wait, flushed when the page hides, unloads or
// updates. Every change is also journalled to localStorage at once, and the journal is cleared only when the
// stored revision holds exactly the state on screen, so a failed write or a crash loses nothing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Assessment, SignedRecord } from '../../domain';
import type { Autosave, AutosaveStatus } from '../../../../storage';
import { useServices } from '../../../../ui/services';
import { clearJournal, journalAfterCommit, writeJournal } from '../../../../ui/session/journal';

export interface SessionSave {
  autosave: Autosave;
  status: AutosaveStatus;
  /** Whether the newest unsaved state is kept on this computer (the journal); false if localStorage refused. */
  journalled: boolean;
  /** The newest state the principal produced (saved or not): "mine" in a conflict, the emergency backup. */
  latest: { current: Assessment | null };
  persist: (a: Assessment, signed?: SignedRecord) => void;
  /** `a` is now the stored state and what is on screen (a conflict resolved, theirs loaded). */
  settle: (a: Assessment) => void;
  /** Everything was erased: nothing more is saved or journalled from this tab. */
  stop: (id: string) => void;
}

/** Continuous typing is still saved this often; the draft in a field commits at least every second before it. */
export const MAX_WAIT_MS = 2000;

/**
 * `loadedRevision`: the stored revision the session opened. `unsaved`: what opens is ahead of that revision
 * (a journal put back), so the status must not say "sparat" before it is stored.
 */
export function useAutosave(loadedRevision: number, unsaved = false): SessionSave {
  const { storage, drafts } = useServices();
  const [status, setStatus] = useState<AutosaveStatus>(unsaved ? 'pending' : 'idle');
  const [journalled, setJournalled] = useState(true);
  const latest = useRef<Assessment | null>(null);
  // The stored revision the state on screen builds on.
  const base = useRef(loadedRevision);
  const stopped = useRef(false);
  // The record made at signing, by fingerprint, handed to storage with the signed document.
  const records = useRef(new Map<string, SignedRecord>());

  const journal = (a: Assessment) => {
    if (!stopped.current) setJournalled(writeJournal(a, base.current));
  };

  const autosave = useMemo(
    () =>
      storage.createAutosave({
        // A second after the principal stops typing, and at least every two seconds while they type on.
        save: (a) => storage.save(a, a.revision, a.signoff ? records.current.get(a.signoff.fingerprint) : undefined),
        delayMs: 600,
        maxWaitMs: MAX_WAIT_MS,
        onStatus: (s) => {
          if (typeof s === 'object' && 'saved' in s) {
            base.current = s.revision;
            if (!stopped.current) setJournalled(journalAfterCommit(s.source, s.revision, latest.current));
          }
          if (typeof s === 'object' && 'error' in s && s.error === 'erased') {
            stopped.current = true;
            clearJournal(s.id);
          }
          setStatus(s);
        },
      }),
    [storage],
  );

  useEffect(() => {
    const unbind = storage.bindLifecycle(autosave);
    const unregister = drafts.register(() => autosave.flush());
    return () => {
      unbind();
      unregister();
      // Leaving the assessment (home, another id): what was typed last is still saved.
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave, storage, drafts]);

  const persist = useMemo(
    () => (a: Assessment, signed?: SignedRecord) => {
      if (stopped.current) return;
      if (signed) records.current.set(signed.fingerprint, signed);
      // The machine does not stamp changes; the list sorts by this and an import compares it.
      const stamped = { ...a, updatedAt: new Date().toISOString() };
      latest.current = stamped;
      // Synchronous, before anything can fail or crash: this is what a reload puts back.
      journal(stamped);
      autosave.schedule(stamped);
    },
    [autosave],
  );

  const settle = (a: Assessment) => {
    autosave.adopt(a);
    latest.current = a;
    base.current = a.revision;
    clearJournal(a.id);
  };

  const stop = (id: string) => {
    stopped.current = true;
    autosave.discard();
    clearJournal(id);
    setStatus({ error: 'erased', id, message: '' });
  };

  return { autosave, status, journalled, latest, persist, settle, stop };
}
