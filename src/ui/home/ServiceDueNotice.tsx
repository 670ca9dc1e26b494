// Next to the camera reviews on home: approved digital services whose yearly re-validation is due within 30
// days or overdue. Read from the stored register summaries (no validation is loaded, no kind's chunk), and
// judged on today's date the same way as the camera review.
import { useEffect, useState } from 'preact/hooks';
import { dueStatus, type ReviewStatus } from '../../engine/days';
import { isoDateOf } from '../../engine/dates';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { DueNotice } from './DueNotice';

interface Due {
  id: string;
  title: string;
  nextReview: string;
  status: ReviewStatus;
}

const IN_FORCE = ['approved', 'approved-with-conditions'];
const str = (o: unknown, key: string): string => {
  const v = o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
};

/** A stored summary is the kind's, but storage is untrusted: anything not shaped like one is left out. */
function dueOf(s: unknown, decidedOn: string | null, replaced: ReadonlySet<string>, today: string): Due | null {
  const id = str(s, 'id');
  if (decidedOn === null || id === '' || replaced.has(id) || !IN_FORCE.includes(str(s, 'status'))) return null;
  const status = dueStatus(str(s, 'nextReview'), today);
  return status === 'not-due' ? null : { id, title: str(s, 'title'), nextReview: str(s, 'nextReview'), status };
}

export function ServiceDueNotice() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [due, setDue] = useState<Due[]>([]);
  useEffect(() => {
    const today = isoDateOf(new Date());
    void storage.listDocuments('digital-service').then((records) => {
      // A validation continued by a decided newer version is replaced by it.
      const replaced = new Set(records.filter((r) => r.decidedOn !== null).map((r) => str(r.summary, 'continues')));
      const rows = records.flatMap((r) => dueOf(r.summary, r.decidedOn, replaced, today) ?? []);
      setDue(rows.sort((a, b) => (a.status === b.status ? a.nextReview.localeCompare(b.nextReview) : a.status === 'overdue' ? -1 : 1)));
    }, () => undefined);
  }, [storage]);
  if (due.length === 0) return null;
  return (
    <DueNotice
      id="service-due-title"
      title={t(due.length === 1 ? 'home.services.due.title.one' : 'home.services.due.title', { count: due.length })}
      body={t('home.services.due.body')}
      dateLabel={t('home.services.due.next')}
      items={due.map((d) => ({
        id: d.id,
        href: href({ name: 'service', id: d.id, step: 'review' }),
        name: d.title || t('home.list.unnamed'),
        status: d.status,
        date: d.nextReview,
      }))}
    />
  );
}
