// '#/verifiera': does this PDF, JSON file or backup hold an unaltered signed assessment, does a PDF show
// what was signed, and is its fingerprint known? Said plainly first, details after. Works offline on a
// device that never saw the assessment: nothing here needs the network or this device's data.
import { useEffect, useId, useState } from 'preact/hooks';
import type { VerifyResult } from '../../pdf';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { isChunkLoadError } from '../shell/chunkError';
import { BackupEntries } from './BackupEntries';
import { CompareSources } from './CompareSources';
import type { AddedFile } from './useKnown';
import { useKnown } from './useKnown';
import { Headline, SignedDetails } from './VerifyResultView';
import '../fields/fields.css';
import '../pdf/pdf.css';
import './verify.css';

type State = { kind: 'idle' } | { kind: 'checking'; file: string } | { kind: 'result'; file: string; result: VerifyResult } | { kind: 'error'; message: string };

const fingerprintsOf = (r: VerifyResult | null): string[] =>
  r === null ? [] : [...(r.fingerprint ? [r.fingerprint] : []), ...(r.entries ?? []).flatMap((e) => (e.fingerprint ? [e.fingerprint] : []))];

export function VerifyPage() {
  const { t } = useI18n();
  const { pdf } = useServices();
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [files, setFiles] = useState<AddedFile[]>([]);
  const [typed, setTyped] = useState('');
  // Started early, awaited late: the renderer and pdf.js load while the user picks a file.
  useEffect(() => {
    void pdf()
      .then((m) => m.prepareVerifier())
      .catch(() => undefined); // offline without the chunks: choosing a file will say so
  }, [pdf]);

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
  const known = useKnown(fingerprintsOf(result), files, typed);
  return (
    <section class="page verify-page" aria-busy={busy ? 'true' : undefined}>
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
        {state.kind === 'result' && result && <Headline result={result} file={state.file} known={result.fingerprint ? known.get(result.fingerprint) : undefined} />}
      </div>
      {result && result.source !== 'backup' && <SignedDetails result={result} known={result.fingerprint ? known.get(result.fingerprint) : undefined} />}
      {result?.entries && result.entries.length > 0 && <BackupEntries entries={result.entries} known={known} />}
      <div role="alert">{state.kind === 'error' && <p class="error-box">{state.message}</p>}</div>
      <CompareSources current={result?.fingerprint ?? null} typed={typed} onTyped={setTyped} files={files} onFile={(f) => setFiles((list) => [...list.filter((x) => x.name !== f.name), f])} />
    </section>
  );
}
