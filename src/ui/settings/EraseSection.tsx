// "Ta bort allt från den här enheten": for shared school laptops; confirmed, then everything is gone.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { clearAllJournals } from '../session/journal';
import { reasonKey } from '../session/reasons';

export function EraseSection({ generation, onErased }: { generation: number; onErased: () => void }) {
  const { t } = useI18n();
  const { storage, drafts } = useServices();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState(0);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void Promise.all([storage.listSummaries(), storage.listBin()]).then(
      ([a, b]) => setCount(a.length + b.length),
      () => setCount(0),
    );
  }, [storage, generation]);

  const erase = async () => {
    setBusy(true);
    // Nothing half-typed may be written back after the erase.
    await drafts.flushAll();
    const result = await storage.eraseEverything();
    if (result.ok) clearAllJournals();
    setBusy(false);
    setOpen(false);
    setMessage(result.ok ? { kind: 'ok', text: t('settings.erase.done') } : { kind: 'error', text: t('settings.erase.failed', { error: t(reasonKey(result.reason)) }) });
    onErased();
  };

  return (
    <section class="settings-section" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('settings.erase.title')}</h2>
      <p>{t('settings.erase.help')}</p>
      <button type="button" class="button button--danger" onClick={() => setOpen(true)}>
        {t('settings.erase.button')}
      </button>
      <div role="status">{message?.kind === 'ok' && <p>{message.text}</p>}</div>
      <div role="alert">{message?.kind === 'error' && <p class="error-box">{message.text}</p>}</div>
      <Dialog
        open={open}
        role="alertdialog"
        title={t('settings.erase.confirmTitle')}
        busy={busy}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" class="button" disabled={busy} onClick={() => setOpen(false)}>
              {t('home.list.cancel')}
            </button>
            <button type="button" class="button button--danger" disabled={busy} onClick={() => void erase()}>
              {busy ? t('settings.erase.working') : t('settings.erase.confirm')}
            </button>
          </>
        }
      >
        <p>{t('settings.erase.confirmBody', { count })}</p>
      </Dialog>
    </section>
  );
}
