// "Ny bedömning": which kind of assessment, in plain words with when each applies. The camera kind has two
// starts: new surveillance, or a review of surveillance already filming (the same wizard, asking what they rest on);
// each other kind creates its own document.
import { useState } from 'preact/hooks';
import { useI18n, type MessageKey } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { OrganisationPrompt } from '../organisation/OrganisationPrompt';
import { createCameraAndOpen } from '../session/newAssessment';
import { reasonKey } from '../session/reasons';
import './new.css';

const KINDS = ['camera', 'camera-existing', 'digital-service'] as const;
type KindId = (typeof KINDS)[number];

export function NewAssessmentPage() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async (kind: KindId) => {
    setCreating(true);
    setError(null);
    const result =
      kind === 'digital-service'
        ? await import('../../assessments/digital-service/ui/create').then((m) => m.createService(storage))
        : await createCameraAndOpen(storage, kind === 'camera-existing');
    if (!result.ok) setError(t(reasonKey(result.reason)));
    setCreating(false);
  };

  return (
    <section class="page kind-choice" aria-busy={creating ? 'true' : undefined}>
      <StepHeading>{t('kinds.title')}</StepHeading>
      <p>{t('kinds.intro')}</p>
      <OrganisationPrompt />
      <ul class="kind-choice__list" aria-label={t('kinds.legend')}>
        {KINDS.map((k) => (
          <li key={k}>
            <button
              type="button"
              class="kind-choice__option"
              aria-describedby={`kind-${k}-when`}
              disabled={creating}
              onClick={() => void start(k)}
            >
              <span class="kind-choice__name">{t(`kinds.${k}.name` as MessageKey)}</span>
            </button>
            <p id={`kind-${k}-when`} class="kind-choice__when">
              {t(`kinds.${k}.when` as MessageKey)}
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
