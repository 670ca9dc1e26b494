// The line shown while an assessment opens: while its record is read (the session) and while its wizard is made
// (WizardPage, a task later), the same words in the same place, so opening never flashes two loading texts.
import { useI18n } from '../../../../ui/i18n';

export function Opening() {
  const { t } = useI18n();
  return (
    <section class="page" aria-busy="true">
      <p class="muted" role="status">
        {t('session.loading')}
      </p>
    </section>
  );
}
