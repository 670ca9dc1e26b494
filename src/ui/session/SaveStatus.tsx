// The quiet "Sparat 14:32" in the wizard header. A failed write is loud at once, says in plain words that it
// is retried and whether the text is safe on this computer, and offers a way out. Never "sparat" before a commit,
// nor while a field still holds typing (shownStatus).
import { useEffect, useState } from 'preact/hooks';
import type { AutosaveStatus } from '../../storage';
import { formatTime, useI18n } from '../i18n';
import { href } from '../router';
import { useTypingHeld } from '../wizard/drafts';
import { CalmStatus } from './CalmStatus';
import { reasonKey } from './reasons';
import { lineStateOf, shownStatus } from './shownStatus';
import './session.css';

export interface SaveStatusProps {
  status: AutosaveStatus;
  /** Whether the unsaved state is kept on this computer (the journal). */
  journalled: boolean;
  onBackup: () => void;
  onRetry: () => void;
}

/** Whole seconds until `at`, counted down once a second while shown. */
function useSecondsUntil(at: Date | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!at) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [at]);
  return at ? Math.max(0, Math.ceil((at.getTime() - now) / 1000)) : 0;
}

export function SaveStatus({ status: reported, journalled, onBackup, onRetry }: SaveStatusProps) {
  const { t } = useI18n();
  const status = shownStatus(reported, useTypingHeld());
  const retry = typeof status === 'object' && 'retryAt' in status ? status : null;
  const seconds = useSecondsUntil(retry?.retryAt ?? null);

  if (typeof status === 'object' && 'error' in status) {
    // A conflict has its own dialog; here it is only a quiet note.
    if (status.error === 'conflict') return <span class="save-status muted" role="status">{t('session.conflict.title')}</span>;
    if (status.error === 'erased') {
      return (
        <div class="save-status save-status--failed" role="alert">
          <p>
            <strong>{t('session.save.erased')}</strong>
          </p>
          <div class="save-status__actions">
            {/* What is on screen is still the principal's to keep, as their own file; nothing goes back to the device. */}
            <button type="button" class="button" onClick={onBackup}>
              {t('session.save.backup')}
            </button>
            <a class="button" href={href({ name: 'home' })}>
              {t('session.back')}
            </a>
          </div>
        </div>
      );
    }
    return (
      <div class="save-status save-status--failed" role="alert">
        {status.error === 'signed' ? (
          <p>
            <strong>{t('session.save.failed.signed')}</strong>
          </p>
        ) : (
          <p>
            {/* The countdown is for the eye; a screen reader hears one steady sentence instead of a tick a second. */}
            <strong aria-hidden="true">{seconds > 0 ? t('session.save.retryIn', { seconds }) : t('session.save.retryNow')}</strong>
            <span class="visually-hidden">{t('session.save.retryAuto')}</span>
            {status.error !== 'unknown' && <> {t(reasonKey(status.error))}</>} {journalled ? t('session.save.kept') : t('session.save.failed.hint')}
          </p>
        )}
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
  else text = t('session.save.saved', { time: formatTime(status.saved) });
  return <CalmStatus class="save-status muted" text={text} state={lineStateOf(status)} />;
}
