import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
import { href } from '../router';

/** The offline-ready note is news, not a task: it closes itself after this long, or when the page changes. */
export const OFFLINE_NOTE_MS = 8000;

/** Closes the note after `ms` or on the next navigation; not while focus is inside it (someone is reading it). */
function useSelfClosing(open: boolean, close: () => void, ms = OFFLINE_NOTE_MS) {
  const box = useRef<HTMLDivElement>(null);
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!open) return;
    let timer = 0;
    const later = () => {
      timer = window.setTimeout(() => {
        if (box.current?.contains(document.activeElement)) later();
        else closeRef.current();
      }, ms);
    };
    later();
    const onNavigate = () => closeRef.current();
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [open, ms]);
  return box;
}

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
  offlineReady: boolean;
  needRefresh: boolean;
  /** The browser deleted this device's saved assessments (the install marker says there were some). */
  wiped: boolean;
}

/** PWA and storage notices: offline ready, the update prompt (never reloads by itself), a wiped database. */
export function Notices({ state, onReload, onDismiss }: { state: NoticeState; onReload: () => void; onDismiss: (which: keyof NoticeState) => void }) {
  const { t } = useI18n();
  // Said once by the live region when it appears (the region is on the page before it), then it goes by itself.
  const offlineBox = useSelfClosing(state.offlineReady, () => onDismiss('offlineReady'));
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
      {state.offlineReady && (
        <div class="notice notice--info" role="status" ref={offlineBox}>
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
