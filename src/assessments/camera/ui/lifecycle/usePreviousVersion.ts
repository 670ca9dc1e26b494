// The signed version a draft continues (annual review or new version), for the questions and the diff.
import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '../../domain';
import { useServices } from '../../../../ui/services';

/**
 * Loads `a.previousVersionId`: the stored document, else its immutable signed version. null while loading,
 * when there is none, or when it cannot be read (the questions and the diff are then simply not shown).
 */
export function usePreviousVersion(a: Assessment): Assessment | null {
  const { storage } = useServices();
  const previousId = a.previousVersionId;
  const [previous, setPrevious] = useState<Assessment | null>(null);
  useEffect(() => {
    setPrevious(null);
    if (previousId === null) return;
    let live = true;
    void (async () => {
      const loaded = await storage.load(previousId);
      if (loaded.ok) return live && setPrevious(loaded.assessment);
      // Deleted from the list but kept as a signed version (or the row is damaged): the version still tells.
      const versions = await storage.listVersions(previousId);
      if (live) setPrevious(versions.at(-1) ?? null);
    })().catch(() => live && setPrevious(null));
    return () => {
      live = false;
    };
  }, [storage, previousId]);
  return previous?.id === previousId ? previous : null;
}
