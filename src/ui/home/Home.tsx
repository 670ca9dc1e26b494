import { useI18n } from '../i18n';
import { StepHeading } from '../shell/StepHeading';

export function Home({ onNew }: { onNew: () => void }) {
  const { t } = useI18n();
  return (
    <section class="page">
      <div class="page-head">
        <StepHeading>{t('home.title')}</StepHeading>
        <button type="button" class="button button--primary" onClick={onNew}>
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
