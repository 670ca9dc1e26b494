// Whether the browser keeps the data for good, and how much of its space the app uses.
import { useEffect, useState } from 'preact/hooks';
import type { StorageStatus } from '../../storage';
import { formatDate, formatNumber, formatTime, useI18n } from '../i18n';
import type { Lang } from '../../engine/kind';
import { useServices } from '../services';

function bytes(n: number | null, lang: Lang): string | null {
  if (n === null) return null;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(Math.round(value * 10) / 10, lang)} ${units[unit]}`;
}

export function StorageSection({ generation, lastBackupAt }: { generation: number; lastBackupAt: string | null }) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    void storage.storageStatus().then(setStatus, () => setStatus({ persisted: null, usage: null, quota: null }));
  }, [storage, generation, asked]);

  const persisted =
    status === null ? t('settings.storage.loading') : status.persisted === true ? t('settings.storage.persisted.yes') : status.persisted === false ? t('settings.storage.persisted.no') : t('settings.storage.persisted.unknown');
  const used = status ? bytes(status.usage, lang) : null;
  const quota = status ? bytes(status.quota, lang) : null;
  const backup = lastBackupAt ? `${formatDate(lastBackupAt, lang)} ${formatTime(new Date(lastBackupAt))}` : t('settings.storage.never');
  return (
    <section class="settings-section" aria-labelledby="storage-title" aria-busy={status === null ? 'true' : undefined}>
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      <dl class="settings-facts">
        <dt>{t('settings.storage.persisted')}</dt>
        <dd>{persisted}</dd>
        <dt>{t('settings.storage.used')}</dt>
        <dd>{used && quota ? t('settings.storage.usage', { used, quota }) : (used ?? t('settings.storage.unknown'))}</dd>
        <dt>{t('settings.storage.lastBackup')}</dt>
        <dd>{backup}</dd>
      </dl>
      {status?.persisted === false && (
        <p>
          <button type="button" class="button" onClick={() => void storage.requestPersistence().finally(() => setAsked((n) => n + 1))}>
            {t('settings.storage.request')}
          </button>
        </p>
      )}
    </section>
  );
}
