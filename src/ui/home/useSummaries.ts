// The list of assessments, read again whenever the principal comes back to the page or something changes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AssessmentSummary } from '../../storage';
import { useServices } from '../services';

export type SummariesState = { kind: 'loading' } | { kind: 'ready'; items: AssessmentSummary[] } | { kind: 'failed'; error: string };

export function useSummaries(): { state: SummariesState; reload: () => Promise<void> } {
  const { storage } = useServices();
  const [state, setState] = useState<SummariesState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ kind: 'ready', items: await storage.listSummaries() });
    } catch (e) {
      setState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }, [storage]);
  useEffect(() => {
    void reload();
    // Another tab may have saved, imported or deleted meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { state, reload };
}
