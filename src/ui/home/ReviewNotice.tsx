// The notice at the top of home when an annual review is due within 30 days or overdue: IMY criticises
// surveillance left running year after year without a look.
import type { AssessmentSummary } from '../../storage';
import { useI18n } from '../i18n';
import { href } from '../router';
import { ReviewDue } from '../../assessments/camera/ui/lifecycle/ReviewDue';
import { displayName } from './AssessmentCard';

export function ReviewNotice({ due }: { due: AssessmentSummary[] }) {
  const { t } = useI18n();
  const overdue = due.filter((s) => s.reviewStatus === 'overdue').length;
  return (
    <section class={`review-notice${overdue > 0 ? ' review-notice--overdue' : ''}`} aria-labelledby="review-notice-title">
      <h2 id="review-notice-title" class="review-notice__title">
        {t(due.length === 1 ? 'lifecycle.notice.title.one' : 'lifecycle.notice.title', { count: due.length })}
      </h2>
      <p>{t('lifecycle.notice.body')}</p>
      <ul class="review-notice__list">
        {due.map((s) => (
          <li key={s.id}>
            <a href={href({ name: 'assessment', id: s.id })}>{displayName(s, t)}</a>
            {s.version > 1 && <span class="muted"> ({t('home.list.version', { version: s.version })})</span>}
            {' – '}
            {t('home.list.nextReview')}: <ReviewDue status={s.reviewStatus} date={s.nextReviewDate} />
          </li>
        ))}
      </ul>
    </section>
  );
}
