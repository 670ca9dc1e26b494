import { useI18n } from '../i18n';
import { href } from '../router';
import { StepHeading } from './StepHeading';

export function Placeholder({ title }: { title?: string }) {
  const { t } = useI18n();
  return (
    <section class="page">
      <StepHeading>{title ?? t('placeholder.title')}</StepHeading>
      <p>{t('placeholder.body')}</p>
      <p>
        <a href={href({ name: 'home' })}>{t('placeholder.back')}</a>
      </p>
    </section>
  );
}
