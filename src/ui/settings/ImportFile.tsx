// "Importera säkerhetskopia": choose a file, see what will be added, updated or kept as a copy, confirm.
import { useId, useRef, useState } from 'preact/hooks';
import type { ImportPlan } from '../../storage';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { ImportPlanView } from './ImportPlanView';
import './settings.css';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'plan'; fileName: string; plan: ImportPlan }
  | { kind: 'applying'; fileName: string; plan: ImportPlan }
  | { kind: 'done'; added: number; updated: number; conflicts: number }
  | { kind: 'error'; message: string };

export function ImportFile({ variant = 'full', onImported }: { variant?: 'full' | 'compact'; onImported: () => void }) {
  const { t, lang } = useI18n();
  const services = useServices();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    try {
      // The reader needs the domain's restore: loaded on first use, it stays out of the home page's chunk.
      const { readImportFile } = await import('./readImportFile');
      const read = await readImportFile(services, file);
      setState(read.ok ? { kind: 'plan', fileName: file.name, plan: read.plan } : { kind: 'error', message: read.message[lang] });
    } catch (e) {
      setState({ kind: 'error', message: t('settings.import.unexpected', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  };

  const apply = async (fileName: string, plan: ImportPlan) => {
    setState({ kind: 'applying', fileName, plan });
    const result = await services.storage.applyImport(plan);
    if (!result.ok) return setState({ kind: 'error', message: result.error.message[lang] });
    // The principal has seen their data come back; a wipe warning no longer applies.
    await services.storage.acknowledgeWipe().catch(() => undefined);
    setState({ kind: 'done', added: result.added, updated: result.updated, conflicts: result.conflicts });
    onImported();
  };

  const busy = state.kind === 'reading' || state.kind === 'applying';
  const planState = state.kind === 'plan' || state.kind === 'applying' ? state : null;
  return (
    <div class={`import import--${variant}`} aria-busy={busy ? 'true' : undefined}>
      <input
        ref={input}
        id={inputId}
        class="visually-hidden file-input"
        type="file"
        accept=".json,application/json,.pdf,application/pdf"
        disabled={busy}
        onChange={(e) => void onFile(e.currentTarget.files?.[0])}
      />
      <label for={inputId} class={`button${variant === 'full' ? ' button--primary' : ''}`}>
        {variant === 'full' ? t('settings.import.choose') : t('home.list.import')}
      </label>
      <div class="import__status" role="status">
        {state.kind === 'reading' && (
          <p class="progress">
            <span class="spinner" aria-hidden="true" /> {t('settings.import.reading', { file: state.fileName })}
          </p>
        )}
        {state.kind === 'done' && <p class="import__done">{t('settings.import.done', { added: state.added, updated: state.updated, conflicts: state.conflicts })}</p>}
      </div>
      <div role="alert">{state.kind === 'error' && <p class="error-box">{state.message}</p>}</div>
      <Dialog
        open={planState !== null}
        title={t('settings.import.planTitle')}
        busy={state.kind === 'applying'}
        onClose={() => setState({ kind: 'idle' })}
        actions={
          <>
            <button type="button" class="button" disabled={busy} onClick={() => setState({ kind: 'idle' })}>
              {t('home.list.cancel')}
            </button>
            <button type="button" class="button button--primary" disabled={busy} onClick={() => planState && void apply(planState.fileName, planState.plan)}>
              {t('settings.import.confirm')}
            </button>
          </>
        }
      >
        {planState && <ImportPlanView fileName={planState.fileName} plan={planState.plan} />}
        {state.kind === 'applying' && (
          <p class="progress" role="status">
            <span class="spinner" aria-hidden="true" /> {t('settings.import.applying')}
          </p>
        )}
      </Dialog>
    </div>
  );
}
