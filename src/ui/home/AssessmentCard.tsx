// One assessment in the list: school and area, status, last changed, outcome, next review, and actions.
import type { AreaKind } from '../../domain';
import type { AssessmentSummary } from '../../storage';
import { formatDate, formatTime, useI18n, type MessageKey, type Translate } from '../i18n';
import { href } from '../router';

export interface AssessmentCardProps {
  item: AssessmentSummary;
  busy: boolean;
  onDuplicate: (item: AssessmentSummary) => void;
  onDelete: (item: AssessmentSummary, opener: HTMLElement) => void;
}

export function displayName(item: Pick<AssessmentSummary, 'schoolName'>, t: Translate): string {
  return item.schoolName.trim() || t('home.list.unnamed');
}

function areaText(item: AssessmentSummary, t: Translate): string {
  const { cameraCount, areaKinds } = item.areaSummary;
  if (cameraCount === 0) return t('home.list.area.none');
  const cameras = cameraCount === 1 ? t('home.list.cameras.one') : t('home.list.cameras', { count: cameraCount });
  const kinds = areaKinds.map((k: AreaKind) => t(`home.list.area.${k}` as MessageKey));
  return kinds.length > 0 ? `${cameras}: ${kinds.join(', ')}` : cameras;
}

export function AssessmentCard({ item, busy, onDuplicate, onDelete }: AssessmentCardProps) {
  const { t, lang } = useI18n();
  const name = displayName(item, t);
  const headingId = `a-${item.id}`;
  const updated = item.updatedAt ? new Date(item.updatedAt) : null;
  const outcomeKey = (item.outcome ? `home.list.outcome.${item.outcome}` : 'home.list.outcome.unknown') as MessageKey;
  return (
    <li class={`a-card a-card--${item.status}`}>
      <article aria-labelledby={headingId}>
        <h2 class="a-card__title" id={headingId}>
          <a href={href({ name: 'assessment', id: item.id })}>{name}</a>
        </h2>
        {item.unreadable && <p class="a-card__warning">{t('home.list.unreadable')}</p>}
        <dl class="a-card__facts">
          <div>
            <dt>{t('home.list.area')}</dt>
            <dd>{areaText(item, t)}</dd>
          </div>
          <div>
            <dt>{t('home.list.status')}</dt>
            <dd>
              <span class={`badge badge--${item.status}`}>{t(`home.list.status.${item.status}`)}</span>{' '}
              {item.version > 1 && <span class="muted">{t('home.list.version', { version: item.version })}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('home.list.outcome')}</dt>
            <dd>{t(outcomeKey)}</dd>
          </div>
          <div>
            <dt>{t('home.list.updated')}</dt>
            <dd>{updated && !Number.isNaN(updated.getTime()) ? `${formatDate(item.updatedAt, lang)} ${formatTime(updated, lang)}` : '–'}</dd>
          </div>
          <div>
            <dt>{t('home.list.nextReview')}</dt>
            <dd>{item.nextReviewDate ? formatDate(item.nextReviewDate, lang) : t('home.list.notSet')}</dd>
          </div>
        </dl>
        <div class="a-card__actions">
          <a class="button button--primary" href={href({ name: 'assessment', id: item.id })} aria-label={t('home.list.openNamed', { name })}>
            {t('home.list.open')}
          </a>
          <button type="button" class="button" disabled={busy || item.unreadable} onClick={() => onDuplicate(item)} aria-label={t('home.list.duplicateNamed', { name })}>
            {t('home.list.duplicate')}
          </button>
          <button
            type="button"
            class="button button--danger"
            disabled={busy}
            onClick={(e) => onDelete(item, e.currentTarget)}
            aria-label={t('home.list.deleteNamed', { name })}
          >
            {t('home.list.delete')}
          </button>
        </div>
      </article>
    </li>
  );
}
