// '#/installningar': language, storage, the organisation's policy, backups, the bin, erase everything.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { LanguageSection } from './LanguageSection';
import { StorageSection } from './StorageSection';
import { settingsSections } from '../../assessments/settings';
import { BackupSection } from './BackupSection';
import { ImportFile } from './ImportFile';
import { BinSection } from './BinSection';
import { EraseSection } from './EraseSection';
import './settings.css';

export function SettingsPage() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [settings, setSettings] = useState<Settings | null>(null);
  // Bumped after anything that changes the stored data, so every section reads it again.
  const [generation, setGeneration] = useState(0);
  const changed = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    void storage.getSettings().then(setSettings, () => setSettings(null));
  }, [storage, generation]);

  return (
    <section class="page settings">
      <StepHeading>{t('nav.settings')}</StepHeading>
      <LanguageSection />
      <StorageSection generation={generation} lastBackupAt={settings?.lastBackupAt ?? null} />
      {settingsSections.map((KindSection, n) => (
        <KindSection key={n} settings={settings} onChanged={changed} />
      ))}
      <BackupSection generation={generation} onExported={changed} />
      <section class="settings-section" aria-labelledby="import-title">
        <h2 id="import-title">{t('settings.import.title')}</h2>
        <p>{t('settings.import.help')}</p>
        <ImportFile onImported={changed} />
      </section>
      <BinSection generation={generation} onChanged={changed} />
      <EraseSection generation={generation} onErased={changed} />
    </section>
  );
}
