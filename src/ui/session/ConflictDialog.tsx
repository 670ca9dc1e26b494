// Two tabs saved the same assessment: the principal chooses; nothing is overwritten before they do.
import type { StoreDoc } from '../../engine/kind';
import { useEffect, useState } from 'preact/hooks';
import type { AutosaveStatus } from '../../storage';
import { formatTime, useI18n } from '../i18n';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { reasonKey } from './reasons';

export interface ConflictDialogProps {
  status: AutosaveStatus;
  /** This tab's newest state. */
  mine: () => StoreDoc | null;
  onTakeTheirs: (theirs: StoreDoc) => void;
  onKeptMine: (saved: StoreDoc) => void;
  onKeptBoth: (copy: StoreDoc, theirs: StoreDoc) => void;
}

type Conflict = Extract<AutosaveStatus, { error: 'conflict' }>;
const isConflict = (s: AutosaveStatus): s is Conflict => typeof s === 'object' && 'error' in s && s.error === 'conflict';

export function ConflictDialog({ status, mine, onTakeTheirs, onKeptMine, onKeptBoth }: ConflictDialogProps) {
  const { t } = useI18n();
  const { storage } = useServices();
  const conflict = isConflict(status) ? status : null;
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newer, setNewer] = useState<StoreDoc | null>(null);

  useEffect(() => {
    if (conflict) setDismissed(false);
  }, [conflict]);

  if (!conflict) return null;
  const theirs = newer && newer.revision > conflict.stored.revision ? newer : conflict.stored;

  const run = async (choice: 'both' | 'theirs' | 'mine') => {
    const my = mine();
    setBusy(true);
    setError(null);
    try {
      if (choice === 'theirs' || !my) return onTakeTheirs(theirs);
      if (choice === 'mine') {
        const result = await storage.overwriteWithMine(my, theirs);
        if (result.ok) return onKeptMine(result.assessment);
        if (result.reason === 'conflict') setNewer(result.stored); // yet another save came in: choose again
        setError(t(reasonKey(result.reason)));
        return;
      }
      const result = await storage.keepBoth(my, theirs, crypto.randomUUID(), new Date().toISOString());
      if (result.ok) return onKeptBoth(result.copy, result.theirs);
      setError(t(reasonKey(result.reason)));
    } finally {
      setBusy(false);
    }
  };

  if (dismissed) {
    return (
      <div class="session-banner session-banner--warn" role="status">
        <p>{t('session.conflict.body')}</p>
        <button type="button" class="button button--primary" onClick={() => setDismissed(false)}>
          {t('session.conflict.title')}
        </button>
      </div>
    );
  }

  return (
    <Dialog open title={t('session.conflict.title')} onClose={() => setDismissed(true)} busy={busy}>
      <p>{t('session.conflict.body')}</p>
      <p class="muted">{t('session.conflict.theirs', { time: formatTime(new Date(theirs.updatedAt)) })}</p>
      {busy && <p role="status">{t('session.conflict.working')}</p>}
      {error && <p role="alert">{t('session.conflict.failed', { reason: error })}</p>}
      <ul class="plain-list dialog__choices">
        <li>
          <button type="button" class="button button--primary" disabled={busy} onClick={() => void run('both')}>
            {t('session.conflict.keepBoth')}
          </button>
          <p>{t('session.conflict.keepBoth.help')}</p>
        </li>
        <li>
          <button type="button" class="button" disabled={busy} onClick={() => void run('mine')}>
            {t('session.conflict.keepMine')}
          </button>
          <p>{t('session.conflict.keepMine.help')}</p>
        </li>
        <li>
          <button type="button" class="button" disabled={busy} onClick={() => void run('theirs')}>
            {t('session.conflict.takeTheirs')}
          </button>
          <p>{t('session.conflict.takeTheirs.help')}</p>
        </li>
      </ul>
      <div class="dialog__actions">
        <button type="button" class="button" disabled={busy} onClick={() => setDismissed(true)}>
          {t('session.close')}
        </button>
      </div>
    </Dialog>
  );
}
