// '#/forteckning': the register every school keeps since 1 April 2025 — all surveillance in force and ended in
// the last five years — with CSV (Swedish Excel) and PDF exports, and the offer to delete what is older.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { registerCsv } from '../../domain';
import type { RegisterDoc } from '../../../../storage';
import { useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { useToday } from '../../../../ui/today';
import { downloadBlob, downloadText } from '../../../../ui/shell/download';
import { StepHeading } from '../../../../ui/shell/StepHeading';
import { isChunkLoadError } from '../../../../ui/shell/chunkError';
import { makeRegisterPdf } from '../../pdf/entry';
import { ExpiredSection } from './ExpiredSection';
import { registerFileName, registerModel } from './model';
import { RegisterTable } from './RegisterTable';
import { VersionsTable } from './VersionsTable';
import './register.css';

type Load = { kind: 'loading' } | { kind: 'ready'; documents: RegisterDoc[] } | { kind: 'failed'; error: string };
type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function RegisterPage() {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const id = useId();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [redacted, setRedacted] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // What is due and what may be deleted is judged on the day it is now.
  const today = useToday();

  const reload = useCallback(async () => {
    try {
      // The summary store only: the register never loads or restores whole documents.
      setLoad({ kind: 'ready', documents: await storage.listRegister() });
    } catch (e) {
      setLoad({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }, [storage]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const model = useMemo(() => (load.kind === 'ready' ? registerModel(load.documents, today, redacted) : null), [load, today, redacted]);

  const exportCsv = () => {
    if (!model) return;
    const file = registerFileName(today, 'csv');
    downloadText(registerCsv(model.entries, lang), file, 'text/csv;charset=utf-8');
    setStatus({ kind: 'done', text: t('lifecycle.register.downloaded', { file }) });
  };

  const exportPdf = async () => {
    if (!model) return;
    setStatus({ kind: 'busy', text: t('lifecycle.register.making') });
    try {
      const settings = await storage.getSettings().catch(() => null);
      const organisation = settings?.policy.organisationName ?? '';
      const blob = await makeRegisterPdf(model.entries, lang, { versions: model.versions, organisation, redacted });
      const file = registerFileName(today, 'pdf');
      downloadBlob(blob, file);
      setStatus({ kind: 'done', text: t('lifecycle.register.downloaded', { file }) });
    } catch (e) {
      setStatus({ kind: 'error', text: isChunkLoadError(e) ? t('pdf.failedOffline') : t('lifecycle.failed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const afterDelete = (text: string, error: boolean) => {
    setNotice({ text, error });
    void reload().then(() => noticeRef.current?.focus());
  };

  const busy = status.kind === 'busy';
  return (
    <section class="page register-page" aria-busy={load.kind === 'loading' || busy ? 'true' : undefined}>
      <div class="page-head">
        <StepHeading>{t('lifecycle.register.title')}</StepHeading>
      </div>
      <p class="register-page__intro">{t('lifecycle.register.intro')}</p>
      {load.kind === 'loading' && <p class="muted">{t('lifecycle.register.loading')}</p>}
      {load.kind === 'failed' && <p role="alert">{t('lifecycle.register.loadFailed', { error: load.error })}</p>}
      <div role="status">
        {notice && (
          <p ref={noticeRef} tabIndex={-1} class={notice.error ? 'register-notice register-notice--error' : 'register-notice'}>
            {notice.text}
          </p>
        )}
      </div>
      {model && (
        <>
          {model.expired.length > 0 && <ExpiredSection expired={model.expired} onDeleted={afterDelete} />}
          {/* Nothing to export until something is signed: the empty state below says so. */}
          {model.entries.length > 0 && (
          <div class="register-tools no-print">
            <div class="register-tools__option">
              <input id={`${id}-redact`} type="checkbox" checked={redacted} onChange={(e) => setRedacted(e.currentTarget.checked)} aria-describedby={`${id}-redact-help`} />
              <label for={`${id}-redact`}>{t('lifecycle.register.redacted')}</label>
              <p id={`${id}-redact-help`} class="muted">
                {t('lifecycle.register.redacted.help')}
              </p>
            </div>
            <div class="register-tools__buttons">
              <button type="button" class="button button--primary" onClick={exportCsv} disabled={busy}>
                {t('lifecycle.register.csv')}
              </button>
              <button type="button" class="button" onClick={() => void exportPdf()} disabled={busy}>
                {t('lifecycle.register.pdf')}
              </button>
            </div>
            <p class="muted register-tools__help">{t('lifecycle.register.csv.help')}</p>
            <div role="status" class="register-tools__status">
              {status.kind === 'busy' && (
                <span class="progress">
                  <span class="spinner" aria-hidden="true" /> {status.text}
                </span>
              )}
              {status.kind === 'done' && <span>{status.text}</span>}
            </div>
            <div role="alert">{status.kind === 'error' && <p class="register-tools__error">{status.text}</p>}</div>
          </div>
          )}
          <RegisterTable entries={model.entries} />
          {model.versions.length > 0 && <VersionsTable versions={model.versions} />}
        </>
      )}
    </section>
  );
}
