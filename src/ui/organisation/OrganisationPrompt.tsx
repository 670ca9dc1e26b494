// The first step on home and before a new assessment while no organisation is set up: says which policy
// is used meanwhile (the example is never applied silently) and links to the setup. Nothing blocks.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import './organisation.css';

export function OrganisationPrompt() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void storage.getSettings().then(setSettings, () => undefined);
  }, [storage]);
  if (!settings || settings.organisationSetUp) return null;
  const { maxRetentionHours: hours, reviewIntervalMonths: months } = settings.policy;
  return (
    <section class="org-prompt" aria-labelledby="org-prompt-title">
      <h2 id="org-prompt-title">{t('org.prompt.title')}</h2>
      <p>{t('org.prompt.body', { hours, months })}</p>
      <p>
        <a class="button" href={href({ name: 'organisation' })}>
          {t('org.prompt.link')}
        </a>
      </p>
    </section>
  );
}
