// '#/verifiera': does this PDF or JSON file hold an unaltered signed assessment? Said plainly.
import { useId, useState } from 'preact/hooks';
import type { VerifyResult } from '../../pdf';
import { formatDate, formatTime, useI18n, type MessageKey } from '../i18n';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { isChunkLoadError } from '../shell/chunkError';
import '../pdf/pdf.css';

type State = { kind: 'idle' } | { kind: 'checking'; file: string } | { kind: 'result'; file: string; result: VerifyResult } | { kind: 'error'; message: string };

function headline(r: VerifyResult): { title: MessageKey; body: MessageKey } {
  switch (r.status) {
    case 'match':
      return { title: 'verify.match.title', body: 'verify.match.body' };
    case 'altered':
      return { title: 'verify.altered.title', body: r.reason === 'printed-fingerprint-differs' ? 'verify.altered.printed' : 'verify.altered.body' };
    case 'not-signed':
      return { title: 'verify.notSigned.title', body: 'verify.notSigned.body' };
    case 'unreadable':
      return {
        title: 'verify.unreadable.title',
        body: r.reason === 'redacted-copy' ? 'verify.unreadable.redacted' : r.reason === 'not-an-assessment' ? 'verify.unreadable.notAssessment' : 'verify.unreadable.noData',
      };
  }
}

export function VerifyPage() {
  const { t, lang } = useI18n();
  const { pdf } = useServices();
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'checking', file: file.name });
    try {
      const [module, bytes] = await Promise.all([pdf(), file.arrayBuffer()]);
      setState({ kind: 'result', file: file.name, result: await module.verifyDocument(new Uint8Array(bytes)) });
    } catch (e) {
      setState({ kind: 'error', message: isChunkLoadError(e) ? t('pdf.failedOffline') : t('verify.failed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      input.value = '';
    }
  };

  const busy = state.kind === 'checking';
  const result = state.kind === 'result' ? state.result : null;
  const a = result?.assessment;
  const signedAt = a?.signoff?.signedAt ? new Date(a.signoff.signedAt) : null;
  return (
    <section class="page" aria-busy={busy ? 'true' : undefined}>
      <StepHeading>{t('verify.title')}</StepHeading>
      <p class="verify-intro">{t('verify.intro')}</p>
      <input id={inputId} class="visually-hidden file-input" type="file" accept=".pdf,application/pdf,.json,application/json" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
      <label for={inputId} class="button button--primary">
        {t('verify.choose')}
      </label>
      <div role="status" aria-live="polite">
        {busy && (
          <p class="progress">
            <span class="spinner" aria-hidden="true" /> {t('verify.checking', { file: state.file })}
          </p>
        )}
        {state.kind === 'result' && result && (
          <div class={`verify-result verify-result--${result.status}`}>
            <h2>{t(headline(result).title)}</h2>
            <p>{t(headline(result).body, { file: state.file })}</p>
            {a && (
              <dl>
                <dt>{t('verify.school')}</dt>
                <dd>{a.school.schoolName || t('home.list.unnamed')}</dd>
                <dt>{t('verify.version')}</dt>
                <dd>{a.version}</dd>
                {a.signoff && (
                  <>
                    <dt>{t('verify.signedBy')}</dt>
                    <dd>{[a.signoff.name, a.signoff.title].filter(Boolean).join(', ')}</dd>
                    <dt>{t('verify.signedAt')}</dt>
                    <dd>{signedAt && !Number.isNaN(signedAt.getTime()) ? `${formatDate(a.signoff.signedAt, lang)} ${formatTime(signedAt, lang)}` : a.signoff.date}</dd>
                  </>
                )}
                {result.fingerprint && (
                  <>
                    <dt>{t('verify.fingerprint')}</dt>
                    <dd class="pdf-actions__fingerprint">{result.fingerprint}</dd>
                  </>
                )}
                {result.signedFingerprint && result.signedFingerprint !== result.fingerprint && (
                  <>
                    <dt>{t('verify.signedFingerprint')}</dt>
                    <dd class="pdf-actions__fingerprint">{result.signedFingerprint}</dd>
                  </>
                )}
              </dl>
            )}
          </div>
        )}
      </div>
      <div role="alert">{state.kind === 'error' && <p class="pdf-actions__error">{state.message}</p>}</div>
    </section>
  );
}
