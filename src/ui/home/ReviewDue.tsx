// The next review date with its state in words ("Försenad", "Snart dags"), never by colour alone.
import type { IsoDate } from '../../engine/dates';
import type { ReviewStatus } from '../../engine/days';
import { formatDate, useI18n } from '../i18n';
import './due.css';

export function ReviewDue({ status, date }: { status: ReviewStatus; date: IsoDate }) {
  const { t, lang } = useI18n();
  if (date === '') return <>{t('home.list.notSet')}</>;
  const when = formatDate(date, lang);
  if (status === 'not-due') return <>{when}</>;
  return (
    <span class={`due due--${status}`}>
      <span class="due__label">
        <span class="due__icon" aria-hidden="true">
          {status === 'overdue' ? '!' : '●'}
        </span>{' '}
        {t(status === 'overdue' ? 'lifecycle.due.overdue' : 'lifecycle.due.soon')}
      </span>{' '}
      {when}
    </span>
  );
}
