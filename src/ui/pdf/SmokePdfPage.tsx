// '#/smoke-pdf' (hidden): a one-page PDF proving the embedded font prints names from all over Europe.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { downloadBlob } from '../shell/download';
import { isChunkLoadError } from '../shell/chunkError';
import './pdf.css';

export const SMOKE_NAMES = ['Åsa Öberg', 'Łódź', 'Erdős', 'Čapek'];

export function SmokePdfPage() {
  const { t } = useI18n();
  const { pdf } = useServices();
  const [state, setState] = useState<'idle' | 'making' | 'done' | { error: string }>('idle');

  const make = async () => {
    setState('making');
    try {
      const blob = await (await pdf()).makeSmokePdf(SMOKE_NAMES);
      downloadBlob(blob, 'kamerabedomning-smoke.pdf');
      setState('done');
    } catch (e) {
      setState({ error: isChunkLoadError(e) ? t('pdf.failedOffline') : t('pdf.failed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <section class="page" aria-busy={state === 'making' ? 'true' : undefined}>
      <StepHeading>{t('pdf.smoke.title')}</StepHeading>
      <p>{t('pdf.smoke.body')}</p>
      <ul>
        {SMOKE_NAMES.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" class="button button--primary" disabled={state === 'making'} onClick={() => void make()}>
        {t('pdf.smoke.download')}
      </button>
      <div role="status">
        {state === 'making' && (
          <p class="progress">
            <span class="spinner" aria-hidden="true" /> {t('pdf.making')}
          </p>
        )}
        {state === 'done' && <p>{t('pdf.done', { file: 'kamerabedomning-smoke.pdf' })}</p>}
      </div>
      <div role="alert">{typeof state === 'object' && <p class="pdf-actions__error">{state.error}</p>}</div>
    </section>
  );
}
