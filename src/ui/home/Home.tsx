import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { createAndOpen } from '../session/newAssessment';

export function Home() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [creating, setCreating] = useState(false);
  const onNew = async () => {
    setCreating(true);
    await createAndOpen(storage);
    setCreating(false);
  };
  return (
    <section class="page">
      <div class="page-head">
        <StepHeading>{t('home.title')}</StepHeading>
        <button type="button" class="button button--primary" onClick={() => void onNew()} disabled={creating}>
          {t('home.new')}
        </button>
      </div>
      <div class="empty-state">
        <h2>{t('home.empty.title')}</h2>
        <p>{t('home.empty.body')}</p>
        <p class="muted">{t('home.empty.privacy')}</p>
      </div>
    </section>
  );
}
