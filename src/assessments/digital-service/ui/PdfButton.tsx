// "Skapa PDF" on the review page: the decision document made on this device and offered as a download.
// jsPDF and the renderer are fetched by a dynamic import on the first press, never with the wizard.
import { useState } from 'preact/hooks';
import { fileSlug } from '../../../engine/fileSlug';
import { downloadBlob } from '../../../ui/shell/download';
import type { ServiceDoc } from '../schema';
import type { DsText } from './text';

type State = { at: 'idle' } | { at: 'making' } | { at: 'made'; file: string } | { at: 'failed' };

export function PdfButton({ doc, decidedOn, text }: { doc: ServiceDoc; decidedOn: string | null; text: DsText }) {
  const { t, lang } = text;
  const [state, setState] = useState<State>({ at: 'idle' });
  const make = async () => {
    setState({ at: 'making' });
    try {
      const { renderServicePdf } = await import('../pdf/render');
      const bytes = await renderServicePdf({ doc, decidedOn, lang });
      const file = `${fileSlug(doc.service.name || t('untitled'))}-${decidedOn ?? (lang === 'sv' ? 'utkast' : 'draft')}.pdf`;
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), file);
      setState({ at: 'made', file });
    } catch {
      setState({ at: 'failed' });
    }
  };
  return (
    <div class="ds-pdf">
      <p class="muted">{t('pdf.help')}</p>
      <button type="button" class="button" disabled={state.at === 'making'} onClick={() => void make()}>
        {t('pdf.create')}
      </button>
      <p role="status">
        {state.at === 'making' && t('pdf.making')}
        {state.at === 'made' && t('pdf.made', { file: state.file })}
      </p>
      {state.at === 'failed' && <p role="alert">{t('pdf.failed')}</p>}
    </div>
  );
}
