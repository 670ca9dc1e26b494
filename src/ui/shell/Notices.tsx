import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import { href } from '../router';

/** A notice that asks something of the user: its title, a sentence, and its buttons. */
function AlertNotice({ tone, title, body, children }: { tone: 'warn' | 'update'; title: string; body: string; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${tone}`} role="alert">
      <p>
        <strong>{title}</strong>
        <br />
        {body}
      </p>
      <div class="notice__actions">{children}</div>
    </div>
  );
}

export interface NoticeState {
  /** News, not a task: said in the footer (OfflineStatus), where it moves nothing on the page. */
  offlineReady: boolean;
  needRefresh: boolean;
  /** The browser deleted this device's saved assessments (the install marker says there were some). */
  wiped: boolean;
}

/** PWA and storage notices that ask something: the update prompt (never reloads by itself), a wiped database. */
export function Notices({ state, onReload, onDismiss }: { state: NoticeState; onReload: () => void; onDismiss: (which: keyof NoticeState) => void }) {
  const { t } = useI18n();
  return (
    <div class="notices" role="region" aria-label={t('app.name')} aria-live="polite">
      {state.wiped && (
        <AlertNotice tone="warn" title={t('settings.wiped.title')} body={t('settings.wiped.body')}>
          <a class="button button--primary" href={`${href({ name: 'settings' })}`} onClick={() => onDismiss('wiped')}>
            {t('settings.wiped.restore')}
          </a>
          <button type="button" class="button" onClick={() => onDismiss('wiped')}>
            {t('pwa.close')}
          </button>
        </AlertNotice>
      )}
      {state.needRefresh && (
        <AlertNotice tone="update" title={t('pwa.updateAvailable')} body={t('pwa.updateBody')}>
          <button type="button" class="button button--primary" onClick={onReload}>
            {t('pwa.reload')}
          </button>
          <button type="button" class="button" onClick={() => onDismiss('needRefresh')}>
            {t('pwa.dismiss')}
          </button>
        </AlertNotice>
      )}
    </div>
  );
}

/**
 * "Ready to work offline" in the footer, once the app is cached: a box above the page pushed everything down
 * as it appeared on a first visit (a layout shift) and had to be closed. The status region is on the page
 * from the start, so a screen reader says the sentence when it arrives.
 */
export function OfflineStatus({ ready }: { ready: boolean }) {
  const { t } = useI18n();
  return <span role="status">{ready ? ` · ${t('pwa.offlineReady')}` : ''}</span>;
}
