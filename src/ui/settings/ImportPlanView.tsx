// What an import will do, before anything is written: added, updated, kept as a copy, unchanged.
import type { ImportAction, ImportPlan } from '../../storage';
import { formatDate, formatTime, useI18n, type MessageKey } from '../i18n';

const actionKey: Record<ImportAction, MessageKey> = {
  add: 'settings.import.action.add',
  update: 'settings.import.action.update',
  conflict: 'settings.import.action.conflict',
  unchanged: 'settings.import.action.unchanged',
};

export function ImportPlanView({ fileName, plan }: { fileName: string; plan: ImportPlan }) {
  const { t, lang } = useI18n();
  const created = new Date(plan.file.createdAt);
  const when = Number.isNaN(created.getTime()) ? plan.file.createdAt : `${formatDate(plan.file.createdAt, lang)} ${formatTime(created)}`;
  const { counts } = plan;
  return (
    <>
      <p>{t('settings.import.file', { file: fileName, when, version: plan.file.appVersion })}</p>
      <p>
        <strong>{t('settings.import.summary', { add: counts.add, update: counts.update, conflict: counts.conflict, unchanged: counts.unchanged })}</strong>
      </p>
      {plan.items.length > 0 && (
        <ul class="import-plan">
          {plan.items.map((item) => (
            <li key={`${item.sourceId}:${item.targetId}`} class={`import-plan__item import-plan__item--${item.action}`}>
              <span class="import-plan__name">{item.schoolName.trim() || t('home.list.unnamed')}</span>{' '}
              <span class="import-plan__action">{t(actionKey[item.action])}</span>
              {item.reason && <span class="import-plan__reason">{item.reason[lang]}</span>}
            </li>
          ))}
        </ul>
      )}
      {plan.policy !== 'none' && plan.policy !== 'unchanged' && <p>{t(plan.policy === 'add' ? 'settings.import.policy.add' : 'settings.import.policy.update')}</p>}
      {plan.notes.length > 0 && <p class="muted">{t('settings.import.notes', { count: plan.notes.length })}</p>}
      <p class="muted">{t('settings.import.atomic')}</p>
    </>
  );
}
