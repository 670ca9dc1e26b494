// The PDF panel on the review and after signing: language, a copy without placements, download.
import { useId, useRef, useState } from 'preact/hooks';
import type { Assessment, Evaluation, Lang } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { downloadBlob } from '../../../../ui/shell/download';
import { usePreviousVersion } from '../lifecycle/usePreviousVersion';
import { fileSlug } from '../../domain';
import { isChunkLoadError } from '../../../../ui/shell/chunkError';
import { usePrefetchPdf } from '../../../../ui/pdf/usePdfModule';
import { loadCameraPdf, makeAssessmentPdf } from '../../pdf/entry';
import '../../../../ui/pdf/pdf.css';

type State = { kind: 'idle' } | { kind: 'making' } | { kind: 'done'; file: string } | { kind: 'error'; message: string };

export function PdfActions({ assessment, evaluation }: { assessment: Assessment; evaluation: Evaluation }) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const id = useId();
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [omitPlacement, setOmitPlacement] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A new version or annual review prints its changes since the signed version it continues.
  const previous = usePreviousVersion(assessment);
  const panel = useRef<HTMLElement>(null);
  usePrefetchPdf(panel, loadCameraPdf);

  const make = async () => {
    setState({ kind: 'making' });
    try {
      // A signed version prints the record stored at signing, so the PDF carries exactly what was signed.
      // The drawings and photos go only into the full copy: the distribution copy never reads them.
      const [settings, signed, images] = await Promise.all([
        storage.getSettings().catch(() => null),
        assessment.signoff ? storage.storedSignedRecord(assessment.id, assessment.version).catch(() => null) : null,
        omitPlacement ? null : storage.loadAttachmentsOf(assessment).catch(() => null),
      ]);
      const blob = await makeAssessmentPdf({
        assessment,
        evaluation,
        lang: docLang,
        omitPlacement,
        ...(settings ? { policy: settings.policy } : {}),
        ...(previous ? { previous } : {}),
        ...(signed ? { signed } : {}),
        ...(images ? { images } : {}),
      });
      const version = assessment.version > 1 ? `-v${assessment.version}` : '';
      const file = `kamerabedomning-${fileSlug(assessment.school.schoolName)}${version}${omitPlacement ? '-spridning' : ''}.pdf`;
      downloadBlob(blob, file);
      setState({ kind: 'done', file });
    } catch (e) {
      setState({ kind: 'error', message: isChunkLoadError(e) ? t('pdf.failedOffline') : t('pdf.failed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const busy = state.kind === 'making';
  return (
    <section ref={panel} class="pdf-actions no-print" aria-labelledby={`${id}-title`} aria-busy={busy ? 'true' : undefined}>
      <h2 id={`${id}-title`} class="pdf-actions__title">
        {t('pdf.title')}
      </h2>
      <p class="muted">{t('pdf.help')}</p>
      {!assessment.signoff && <p>{t('pdf.draftNote')}</p>}
      <fieldset class="pdf-actions__lang">
        <legend>{t('pdf.lang')}</legend>
        {(['sv', 'en'] as const).map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name={`${id}-lang`} value={l} checked={docLang === l} onChange={() => setDocLang(l)} /> {t(l === 'sv' ? 'lang.sv' : 'lang.en')}
          </label>
        ))}
      </fieldset>
      <div class="pdf-actions__option">
        <input id={`${id}-omit`} type="checkbox" checked={omitPlacement} onChange={(e) => setOmitPlacement(e.currentTarget.checked)} aria-describedby={`${id}-omit-help`} />
        <label for={`${id}-omit`}>{t('pdf.omitPlacement')}</label>
        <p id={`${id}-omit-help`} class="muted">
          {t('pdf.omitPlacement.help')}
        </p>
      </div>
      <div class="pdf-actions__row">
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void make()}>
          {t('pdf.download')}
        </button>
        <div role="status">
          {busy && (
            <span class="progress">
              <span class="spinner" aria-hidden="true" /> {t('pdf.making')}
            </span>
          )}
          {state.kind === 'done' && <span>{t('pdf.done', { file: state.file })}</span>}
        </div>
      </div>
      <div role="alert">{state.kind === 'error' && <p class="error-box">{state.message}</p>}</div>
    </section>
  );
}
