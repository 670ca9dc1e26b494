// Loads one assessment (restore runs inside storage.load) and the policy it is judged by.
import { useEffect, useState } from 'preact/hooks';
import { defaultPolicy } from '../../domain';
import type { Assessment, IsoDateTime, Policy, RestoreProblem } from '../../domain';
import { useServices } from '../../../../ui/services';
import { preload } from '../../../../ui/shell/Lazy';
import { recoverJournal } from './recover';
import { cameraMachineLoader } from '../wizard/machineLoader';
import type { Recovery } from '../../../../ui/session/journal';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; assessment: Assessment; policy: Policy; deletedAt: IsoDateTime | null; recovery: Recovery }
  | { kind: 'not-found' }
  | { kind: 'invalid'; problems: RestoreProblem[] }
  | { kind: 'failed'; reason: string; error: string };

export function useAssessmentLoad(id: string, attempt: number): LoadState {
  const { storage, wizard } = useServices();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    // The wizard's machine loads beside the record, so the wizard renders at once when the record is read.
    void preload(cameraMachineLoader(wizard)).catch(() => undefined);
    setState({ kind: 'loading' });
    void (async () => {
      // The database this session works on: if everything is erased later (in any tab), its saves are refused.
      await storage.pinInstall().catch(() => undefined);
      const [loaded, settings] = await Promise.all([storage.load(id), storage.getSettings().catch(() => null)]);
      if (!live) return;
      if (loaded.ok) {
        // Unreadable settings must not keep the principal from their work: judge by the default policy.
        const policy = settings?.policy ?? defaultPolicy;
        const { assessment, recovery } = await recoverJournal(storage, loaded.assessment);
        if (!live) return;
        return setState({ kind: 'ready', assessment, policy, deletedAt: loaded.deletedAt, recovery });
      }
      if (loaded.reason === 'not-found') return setState({ kind: 'not-found' });
      if (loaded.reason === 'invalid') return setState({ kind: 'invalid', problems: loaded.problems });
      setState({ kind: 'failed', reason: loaded.reason, error: loaded.error });
    })().catch((e: unknown) => live && setState({ kind: 'failed', reason: 'unknown', error: String(e) }));
    return () => {
      live = false;
    };
  }, [id, attempt, storage, wizard]);
  return state;
}
