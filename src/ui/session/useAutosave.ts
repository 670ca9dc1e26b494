// One autosave per open assessment: debounced saves, flushed when the page hides, unloads or updates.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../domain';
import type { Autosave, AutosaveStatus } from '../../storage';
import { useServices } from '../services';

export interface SessionSave {
  autosave: Autosave;
  status: AutosaveStatus;
  /** The newest state the principal produced (saved or not): "mine" in a conflict, the emergency backup. */
  latest: { current: Assessment | null };
  persist: (a: Assessment) => void;
}

export function useAutosave(): SessionSave {
  const { storage, drafts } = useServices();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const latest = useRef<Assessment | null>(null);
  // At most 1 s after the principal stops typing (issue 5); still saves while they type on and on.
  const autosave = useMemo(() => storage.createAutosave({ delayMs: 600, maxWaitMs: 3000, onStatus: setStatus }), [storage]);

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
    () => (a: Assessment) => {
      // The machine does not stamp changes; the list sorts by this and an import compares it.
      const stamped = { ...a, updatedAt: new Date().toISOString() };
      latest.current = stamped;
      autosave.schedule(stamped);
    },
    [autosave],
  );

  return { autosave, status, latest, persist };
}
