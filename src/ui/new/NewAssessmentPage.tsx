// "Ny bedömning": which kind of assessment, in plain words with when each applies. Each start creates its own
// document (the camera kind has two: new surveillance, or a review of surveillance already filming).
import { useState } from 'preact/hooks';
import { useI18n, type MessageKey } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { OrganisationPrompt } from '../organisation/OrganisationPrompt';
import { reasonKey } from '../session/reasons';
import { starts, type Start } from '../../assessments/pages';
import './new.css';

export function NewAssessmentPage() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async (kind: Start) => {
    setCreating(true);
    setError(null);
    const result = await kind.create(storage);
    if (!result.ok) setError(t(reasonKey(result.reason)));
    setCreating(false);
  };

  return (
    <section class="page kind-choice" aria-busy={creating ? 'true' : undefined}>
      <StepHeading>{t('kinds.title')}</StepHeading>
      <p>{t('kinds.intro')}</p>
      <OrganisationPrompt />
      <ul class="kind-choice__list" aria-label={t('kinds.legend')}>
        {starts.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              class="kind-choice__option"
              aria-describedby={`kind-${choice.id}-when`}
              disabled={creating}
              onClick={() => void start(choice)}
            >
              <span class="kind-choice__name">{t(`kinds.${choice.id}.name` as MessageKey)}</span>
            </button>
            <p id={`kind-${choice.id}-when`} class="kind-choice__when">
              {t(`kinds.${choice.id}.when` as MessageKey)}
            </p>
          </li>
        ))}
      </ul>
      {creating && <p class="muted" role="status">{t('kinds.creating')}</p>}
      {error && <p role="alert" class="list-status__error">{t('kinds.failed', { error })}</p>}
      <p>
        <a href={href({ name: 'home' })}>{t('kinds.cancel')}</a>
      </p>
    </section>
  );
}
