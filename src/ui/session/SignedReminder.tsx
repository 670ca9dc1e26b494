// After signing: say it is saved and remind the principal to keep a backup outside the browser.
import { useI18n } from '../i18n';

export function SignedReminder({ state, onBackup, onClose }: { state: 'saved' | 'failed'; onBackup: () => void; onClose: () => void }) {
  const { t } = useI18n();
  if (state === 'failed') {
    return (
      <div class="session-banner session-banner--warn" role="alert">
        <p>{t('session.signed.saveFailed')}</p>
        <div class="session-banner__actions">
          <button type="button" class="button button--primary" onClick={onBackup}>
            {t('session.save.backup')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="session-banner session-banner--ok" role="status">
      <p>
        <strong>{t('session.signed.title')}</strong>
      </p>
      <p>{t('session.signed.body')}</p>
      <div class="session-banner__actions">
        <button type="button" class="button button--primary" onClick={onBackup}>
          {t('session.signed.export')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t('session.close')}
        </button>
      </div>
    </div>
  );
}
