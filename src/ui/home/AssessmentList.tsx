// The list with its operations: duplicate, delete (confirmed, into the bin) and undo from a status message.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentSummary } from '../../storage';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { AssessmentCard, displayName } from './AssessmentCard';

type Notice =
  | { kind: 'deleted'; id: string; name: string }
  | { kind: 'undone'; name: string }
  | { kind: 'duplicated'; id: string; name: string }
  | { kind: 'failed'; error: string };

export function AssessmentList({ items, reload }: { items: AssessmentSummary[]; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { storage } = useServices();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<AssessmentSummary | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);

  useEffect(() => {
    // The deleted card (and the button that opened the dialog) is gone: focus goes to "Ångra", once enabled.
    if (busy || !focusUndo.current) return;
    focusUndo.current = false;
    if (notice?.kind === 'deleted') undoRef.current?.focus();
  }, [notice, busy]);

  const act = async (work: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    } finally {
      await reload();
      setBusy(false);
    }
  };

  const failure = (r: { ok: false; reason: string; error?: string }): Notice => ({ kind: 'failed', error: r.error ?? r.reason });

  const duplicate = (item: AssessmentSummary) =>
    act(async () => {
      const id = crypto.randomUUID();
      const r = await storage.duplicate(item.id, id, new Date().toISOString());
      return r.ok ? { kind: 'duplicated', id, name: displayName(item, t) } : failure(r);
    });

  const remove = (item: AssessmentSummary) => {
    setConfirm(null);
    focusUndo.current = true;
    void act(async () => {
      const r = await storage.moveToBin(item.id);
      return r.ok ? { kind: 'deleted', id: item.id, name: displayName(item, t) } : failure(r);
    });
  };

  const undo = (id: string, name: string) =>
    act(async () => {
      const r = await storage.undoBin(id);
      return r.ok ? { kind: 'undone', name } : failure(r);
    });

  return (
    <>
      <div class="list-status" role="status">
        {notice?.kind === 'deleted' && (
          <p>
            {t('home.list.deleted', { name: notice.name })}{' '}
            <button ref={undoRef} type="button" class="button" disabled={busy} onClick={() => void undo(notice.id, notice.name)}>
              {t('home.list.undo')}
            </button>
          </p>
        )}
        {notice?.kind === 'undone' && <p>{t('home.list.undone', { name: notice.name })}</p>}
        {notice?.kind === 'duplicated' && (
          <p>
            {t('home.list.duplicated', { name: notice.name })} <a href={href({ name: 'assessment', id: notice.id })}>{t('home.list.openCopy')}</a>
          </p>
        )}
        {notice?.kind === 'failed' && <p class="list-status__error">{t('home.list.opFailed', { error: notice.error })}</p>}
      </div>
      <ul class="a-list" aria-label={t('home.list.label')} aria-busy={busy ? 'true' : undefined}>
        {items.map((item) => (
          <AssessmentCard key={item.id} item={item} busy={busy} onDuplicate={(i) => void duplicate(i)} onDelete={(i) => setConfirm(i)} />
        ))}
      </ul>
      <Dialog
        open={confirm !== null}
        role="alertdialog"
        title={confirm ? t('home.list.confirmDelete.title', { name: displayName(confirm, t) }) : ''}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <button type="button" class="button" onClick={() => setConfirm(null)}>
              {t('home.list.cancel')}
            </button>
            <button type="button" class="button button--danger" onClick={() => confirm && remove(confirm)}>
              {t('home.list.confirmDelete.confirm')}
            </button>
          </>
        }
      >
        <p>{t('home.list.confirmDelete.body')}</p>
        {confirm?.status === 'signed' && <p>{t('home.list.confirmDelete.signed')}</p>}
      </Dialog>
    </>
  );
}
