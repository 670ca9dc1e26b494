// What opening an assessment did with changes that had not been saved last time: one sentence, never silence.
import type { Recovery } from './journal';
import { formatTime, useI18n } from '../i18n';
import { href } from '../router';
import { downloadText } from '../shell/download';
import { clearAside } from './journal';
import { useState } from 'preact/hooks';

export function RecoveryBanner({ id, recovery }: { id: string; recovery: Recovery }) {
  const { t } = useI18n();
  const [savedAsFile, setSavedAsFile] = useState(false);
  if (recovery.kind === 'none' || savedAsFile) return null;
  if (recovery.kind === 'kept') {
    const saveAsFile = () => {
      downloadText(recovery.raw, `kamerabedomning-osparat-${id.slice(0, 8)}.json`);
      clearAside(id); // it is in the principal's own file now
      setSavedAsFile(true);
    };
    return (
      <div class="session-banner session-banner--warn" role="alert">
        <p>{t('session.recoveredKept')}</p>
        <button type="button" class="button" onClick={saveAsFile}>
          {t('session.recoveredKept.save')}
        </button>
      </div>
    );
  }
  const time = formatTime(new Date(recovery.at));
  return (
    <div class="session-banner session-banner--ok" role="status">
      {recovery.kind === 'applied' ? (
        <p>{t('session.recovered', { time })}</p>
      ) : (
        <p>
          {t('session.recoveredCopy', { time })} <a href={href({ name: 'assessment', id: recovery.copyId })}>{t('session.openCopy')}</a>
        </p>
      )}
    </div>
  );
}
