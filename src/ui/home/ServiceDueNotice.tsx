// Next to the camera reviews on home: approved digital services whose yearly re-validation is due within 30
// days or overdue. The kind's code loads only when validations are stored, so a first visit stays light.
import { useEffect, useState } from 'preact/hooks';
import { isoDateOf } from '../../engine/dates';
import type { DueService } from '../../assessments/digital-service/ui/due';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { DueNotice } from './DueNotice';

export function ServiceDueNotice() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [due, setDue] = useState<DueService[]>([]);
  useEffect(() => {
    let live = true;
    const today = isoDateOf(new Date());
    void storage.listDocuments('digital-service').then(async (records) => {
      if (records.length === 0) return;
      const { dueServices } = await import('../../assessments/digital-service/ui/due');
      if (live) setDue(dueServices(records, today));
    }, () => undefined);
    return () => {
      live = false;
    };
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
