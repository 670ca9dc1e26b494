// Export everything, or one assessment, as a backup file (JSON) the principal keeps outside the browser.
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentSummary } from '../../storage';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { downloadText } from '../shell/download';
import { displayName } from '../home/AssessmentCard';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function BackupSection({ generation, onExported }: { generation: number; onExported: () => void }) {
  const { t } = useI18n();
  const { storage } = useServices();
  const [items, setItems] = useState<AssessmentSummary[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void storage.listSummaries().then(setItems, () => setItems([]));
  }, [storage, generation]);

  const run = async (id: string | undefined) => {
    setBusy(id ?? 'all');
    setMessage(null);
    try {
      const result = await storage.exportBackup(id === undefined ? {} : { id });
      if (!result.ok) return setMessage({ kind: 'error', text: t('settings.backup.failed', { error: 'error' in result ? result.error : result.reason }) });
      downloadText(result.text, result.fileName);
      const skipped = result.skipped.length > 0 ? ` ${t('settings.backup.skipped', { count: result.skipped.length })}` : '';
      setMessage({ kind: 'ok', text: t('settings.backup.exported', { file: result.fileName, count: result.count }) + skipped });
      if (id === undefined) onExported();
    } catch (e) {
      setMessage({ kind: 'error', text: t('settings.backup.failed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="backup-title" aria-busy={busy ? 'true' : undefined}>
      <h2 id="backup-title">{t('settings.backup.title')}</h2>
      <p>{t('settings.backup.help')}</p>
      <div class="settings-actions">
        <button type="button" class="button button--primary" disabled={busy !== null} onClick={() => void run(undefined)}>
          {t('settings.backup.exportAll')}
        </button>
        {busy && (
          <span class="progress" role="status">
            <span class="spinner" aria-hidden="true" /> {t('settings.backup.exporting')}
          </span>
        )}
      </div>
      <div role="status">{message?.kind === 'ok' && <p>{message.text}</p>}</div>
      <div role="alert">{message?.kind === 'error' && <p class="error-box">{message.text}</p>}</div>
      <h3>{t('settings.backup.one')}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('settings.backup.none')}</p>
      ) : (
        <ul class="plain-list bin-list">
          {items.map((item) => {
            const name = displayName(item, t);
            return (
              <li key={item.id}>
                <span>{name}</span>
                <button type="button" class="button" disabled={busy !== null || item.unreadable} aria-label={t('settings.backup.exportOneNamed', { name })} onClick={() => void run(item.id)}>
                  {t('settings.backup.exportOne')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
