// Surveillance that ended more than five years ago leaves the register; its documents need not be kept any
// longer, and personal data should not be kept longer than needed: offer to delete them, after a confirmation.
import { useState } from 'preact/hooks';
import type { ExpiredChain } from '../../domain';
import { formatDate, useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { Dialog } from '../../../../ui/shell/Dialog';

export interface ExpiredSectionProps {
  expired: ExpiredChain[];
  /** After deleting: what happened, for the page to show (this section is gone when nothing is left). */
  onDeleted: (message: string, error: boolean) => void;
}

export function ExpiredSection({ expired, onDeleted }: ExpiredSectionProps) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const documents = expired.reduce((n, c) => n + c.assessmentIds.length, 0);

  const remove = async () => {
    setBusy(true);
    let removed = 0;
    let error = '';
    for (const id of expired.flatMap((c) => c.assessmentIds)) {
      // Through the bin, so the signed versions go in the same transaction as the document.
      const binned = await storage.moveToBin(id);
      const deleted = binned.ok ? await storage.deleteFromBin(id) : binned;
      if (deleted.ok) removed++;
      else error ||= 'error' in deleted ? deleted.error : deleted.reason;
    }
    setBusy(false);
    setOpen(false);
    onDeleted(error ? t('lifecycle.failed', { error }) : t('lifecycle.expired.done', { count: removed }), error !== '');
  };

  return (
    <section class="expired" aria-labelledby="expired-title">
      <h2 id="expired-title">{t('lifecycle.expired.title')}</h2>
      <p>{t(expired.length === 1 ? 'lifecycle.expired.body.one' : 'lifecycle.expired.body', { count: expired.length })}</p>
      <button type="button" class="button button--danger" onClick={() => setOpen(true)}>
        {t('lifecycle.expired.delete')}
      </button>
      <Dialog
        open={open}
        role="alertdialog"
        title={t('lifecycle.expired.confirm.title', { count: documents })}
        onClose={() => setOpen(false)}
        busy={busy}
        actions={
          <>
            <button type="button" class="button" onClick={() => setOpen(false)} disabled={busy}>
              {t('lifecycle.cancel')}
            </button>
            <button type="button" class="button button--danger" onClick={() => void remove()} disabled={busy}>
              {t('lifecycle.expired.confirm')}
            </button>
          </>
        }
      >
        <p>{t('lifecycle.expired.confirm.body')}</p>
        <ul>
          {expired.map((c) => (
            <li key={c.chainId}>
              {t('lifecycle.expired.item', { school: c.school.trim() || t('home.list.unnamed'), date: formatDate(c.end, lang), count: c.assessmentIds.length })}
            </li>
          ))}
        </ul>
      </Dialog>
    </section>
  );
}
