// Loads one assessment (restore runs inside storage.load) and the policy it is judged by.
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultPolicy, isoDateOf } from '../../domain';
import type { Assessment, IsoDateTime, Policy, RestoreProblem } from '../../domain';
import { useServices } from '../../../../ui/services';
import { formatTime, useI18n } from '../../../../ui/i18n';
import { dateInWords } from '../../../../ui/fields/dates';
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
  // Read when the timer fires: a language switch must not load the record again.
  const { lang: shown } = useI18n();
  const lang = useRef(shown);
  lang.current = shown;
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    // The wizard's machine loads beside the record, so the wizard renders at once when the record is read.
    void preload(cameraMachineLoader(wizard)).catch(() => undefined);
    // A step's first render writes a date in words and the time of the last save: the browser's first formatter
    // of each kind costs 15–20 ms (its locale data), made in a task of its own while the record is read, not
    // inside that render (on a slow phone it was a fifth of the wizard's longest task).
    const warm = setTimeout(() => {
      dateInWords(isoDateOf(new Date()), lang.current);
      formatTime(new Date(), lang.current);
    }, 0);
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
      clearTimeout(warm);
    };
  }, [id, attempt, storage, wizard]);
  return state;
}
