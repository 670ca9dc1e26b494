import { useI18n } from '../i18n';

export interface NoticeState {
  offlineReady: boolean;
  needRefresh: boolean;
}

/** PWA notices: the one-time offline notice and the update prompt, which never reloads by itself. */
export function Notices({ state, onReload, onDismiss }: { state: NoticeState; onReload: () => void; onDismiss: (which: keyof NoticeState) => void }) {
  const { t } = useI18n();
  return (
    <div class="notices" role="region" aria-label={t('app.name')} aria-live="polite">
      {state.needRefresh && (
        <div class="notice notice--update" role="alert">
          <p>
            <strong>{t('pwa.updateAvailable')}</strong>
            <br />
            {t('pwa.updateBody')}
          </p>
          <div class="notice__actions">
            <button type="button" class="button button--primary" onClick={onReload}>
              {t('pwa.reload')}
            </button>
            <button type="button" class="button" onClick={() => onDismiss('needRefresh')}>
              {t('pwa.dismiss')}
            </button>
          </div>
        </div>
      )}
      {state.offlineReady && (
        <div class="notice notice--info" role="status">
          <p>{t('pwa.offlineReady')}</p>
          <div class="notice__actions">
            <button type="button" class="button" onClick={() => onDismiss('offlineReady')}>
              {t('pwa.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
