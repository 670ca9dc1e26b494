// The bin: restore, or delete for real (one, or all), each confirmed because it cannot be undone.
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentSummary } from '../../storage';
import { formatDate, useI18n } from '../i18n';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { displayName } from '../home/AssessmentCard';

type Confirm = { kind: 'one'; item: AssessmentSummary } | { kind: 'all' } | null;

export function BinSection({ generation, onChanged }: { generation: number; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const [items, setItems] = useState<AssessmentSummary[]>([]);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void storage.listBin().then(setItems, () => setItems([]));
  }, [storage, generation]);

  type Outcome = { ok: boolean; error?: string; reason?: string };
  const act = async (work: () => Promise<Outcome>, done: string) => {
    setBusy(true);
    setConfirm(null);
    const r: Outcome = await work().catch((e: unknown) => ({ ok: false, error: String(e) }));
    setMessage(r.ok ? done : t('settings.bin.failed', { error: r.error ?? r.reason ?? '' }));
    setBusy(false);
    onChanged();
  };

  return (
    <section class="settings-section" aria-labelledby="bin-title" aria-busy={busy ? 'true' : undefined}>
      <h2 id="bin-title">{t('settings.bin.title')}</h2>
      <div role="status">{message && <p>{message}</p>}</div>
      {items.length === 0 ? (
        <p class="muted">{t('settings.bin.empty')}</p>
      ) : (
        <>
          <ul class="plain-list bin-list">
            {items.map((item) => {
              const name = displayName(item, t);
              return (
                <li key={item.id}>
                  <span>
                    {name} <span class="muted">{t('settings.bin.deletedAt', { when: formatDate(item.deletedAt ?? '', lang) })}</span>
                  </span>
                  <span class="settings-actions">
                    <button type="button" class="button" disabled={busy} aria-label={t('settings.bin.restoreNamed', { name })} onClick={() => void act(() => storage.undoBin(item.id), t('settings.bin.restored', { name }))}>
                      {t('settings.bin.restore')}
                    </button>
                    <button type="button" class="button button--danger" disabled={busy} aria-label={t('settings.bin.deleteNamed', { name })} onClick={() => setConfirm({ kind: 'one', item })}>
                      {t('settings.bin.delete')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          <button type="button" class="button button--danger" disabled={busy} onClick={() => setConfirm({ kind: 'all' })}>
            {t('settings.bin.emptyAll')}
          </button>
        </>
      )}
      <Dialog
        open={confirm !== null}
        role="alertdialog"
        title={t('settings.bin.confirmTitle')}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <button type="button" class="button" onClick={() => setConfirm(null)}>
              {t('home.list.cancel')}
            </button>
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                if (confirm?.kind === 'one') void act(() => storage.deleteFromBin(confirm.item.id), t('settings.bin.deleted'));
                else if (confirm?.kind === 'all') void act(() => storage.emptyBin(), t('settings.bin.deleted'));
              }}
            >
              {t('settings.bin.delete')}
            </button>
          </>
        }
      >
        <p>
          {confirm?.kind === 'one'
            ? t('settings.bin.confirmOne', { name: displayName(confirm.item, t) })
            : t('settings.bin.confirmAll', { count: items.length })}
        </p>
      </Dialog>
    </section>
  );
}
