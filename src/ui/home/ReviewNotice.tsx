// The notice at the top of home when an annual review is due within 30 days or overdue: IMY criticises
// surveillance left running year after year without a look.
import type { AssessmentSummary } from '../../storage';
import { useI18n } from '../i18n';
import { href } from '../router';
import { displayName } from './AssessmentCard';
import { DueNotice } from './DueNotice';

export function ReviewNotice({ due }: { due: AssessmentSummary[] }) {
  const { t } = useI18n();
  return (
    <DueNotice
      id="review-notice-title"
      title={t(due.length === 1 ? 'lifecycle.notice.title.one' : 'lifecycle.notice.title', { count: due.length })}
      body={t('lifecycle.notice.body')}
      dateLabel={t('home.list.nextReview')}
      items={due.map((s) => ({
        id: s.id,
        href: href({ name: 'assessment', id: s.id }),
        name: displayName(s, t),
        note: s.version > 1 && <span class="muted"> ({t('home.list.version', { version: s.version })})</span>,
        status: s.reviewStatus,
        date: s.nextReviewDate,
      }))}
    />
  );
}
