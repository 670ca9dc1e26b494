// The quiet "Sparat 14:32" in the wizard header; a failed save is loud at once and offers a way out.
import type { AutosaveStatus } from '../../storage';
import { formatTime, useI18n, type MessageKey } from '../i18n';
import './session.css';

const failures: Record<'quota' | 'closed' | 'unknown' | 'signed', MessageKey> = {
  quota: 'session.save.failed.quota',
  closed: 'session.save.failed.closed',
  unknown: 'session.save.failed.unknown',
  signed: 'session.save.failed.signed',
};

export function SaveStatus({ status, onBackup, onRetry }: { status: AutosaveStatus; onBackup: () => void; onRetry: () => void }) {
  const { t, lang } = useI18n();
  if (typeof status === 'object' && 'error' in status) {
    // A conflict has its own dialog; here it is only a quiet note.
    if (status.error === 'conflict') return <span class="save-status muted" role="status">{t('session.conflict.title')}</span>;
    return (
      <div class="save-status save-status--failed" role="alert">
        <p>
          <strong>{t(failures[status.error])}</strong>
          {status.error !== 'signed' && <> {t('session.save.failed.hint')}</>}
        </p>
        <div class="save-status__actions">
          <button type="button" class="button button--primary" onClick={onBackup}>
            {t('session.save.backup')}
          </button>
          {status.error !== 'signed' && (
            <button type="button" class="button" onClick={onRetry}>
              {t('session.save.retry')}
            </button>
          )}
        </div>
      </div>
    );
  }
  let text: string;
  if (status === 'pending') text = t('session.save.pending');
  else if (status === 'saving') text = t('session.save.saving');
  else if (status === 'idle') text = t('session.save.idle');
  else text = t('session.save.saved', { time: formatTime(status.saved, lang) });
  return (
    <span class="save-status muted" role="status">
      {text}
    </span>
  );
}
