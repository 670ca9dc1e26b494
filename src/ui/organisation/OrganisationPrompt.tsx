// The first step on home and before a new assessment while no organisation is set up: says which policy
// is used meanwhile (the example is never applied silently) and links to the setup. Nothing blocks.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import './organisation.css';

/** `setUp` when the page has read it with its own data (home: the prompt appears with the list, never after it). */
export function OrganisationPrompt({ setUp: known }: { setUp?: boolean } = {}) {
  const { t } = useI18n();
  const { storage } = useServices();
  // A light read (no rules loaded): home's first visit stays small. The example's figures are on the setup page.
  const [read, setRead] = useState(true);
  useEffect(() => {
    if (known === undefined) void storage.organisationSetUp().then(setRead, () => undefined);
  }, [storage, known]);
  if (known ?? read) return null;
  return (
    <section class="org-prompt" aria-labelledby="org-prompt-title">
      <h2 id="org-prompt-title">{t('org.prompt.title')}</h2>
      <p>{t('org.prompt.body')}</p>
      <p>
        <a class="button" href={href({ name: 'organisation' })}>
          {t('org.prompt.link')}
        </a>
      </p>
    </section>
  );
}
