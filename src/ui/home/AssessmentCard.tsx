// One assessment in the list: school and area, status, last changed, outcome, next review, and actions.
import { Component } from 'preact';
import type { Lang } from '../../engine/kind';
import type { AssessmentSummary } from '../../storage';
import { formatDate, formatTime, useI18n, type Translate } from '../i18n';
import { href } from '../router';
import { ReviewDue } from './ReviewDue';
import type { SectionId } from './dashboard';
import type { CardNames } from './useHomeData';

/** What a card's lifecycle buttons (annual review, later decision, end) ask the list to do. */
export type LifecycleAction = 'startReview' | 'laterDecision' | 'end' | 'reminder';

export interface AssessmentCardProps {
  item: AssessmentSummary;
  section: SectionId;
  /** The kind's names for outcome and areas; null only while the list has no rows (never for a card). */
  names: CardNames | null;
  busy: boolean;
  /** The draft continuing this signed assessment, if one is in progress. */
  continuation?: AssessmentSummary | undefined;
  /** The newer signed version that replaced this one. */
  successor?: AssessmentSummary | undefined;
  onDuplicate: (item: AssessmentSummary) => void;
  onDelete: (item: AssessmentSummary, opener: HTMLElement) => void;
  onLifecycleAction: (action: LifecycleAction, item: AssessmentSummary) => void;
}

export function displayName(item: Pick<AssessmentSummary, 'schoolName'>, t: Translate): string {
  return item.schoolName.trim() || t('home.list.unnamed');
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function areaText(item: AssessmentSummary, names: CardNames | null, t: Translate, lang: Lang): string {
  const { cameraCount, areaKinds } = item.areaSummary;
  if (cameraCount === 0) return t('home.list.area.none');
  const counted = cameraCount === 1 ? t('home.list.cameraCount.one') : t('home.list.cameraCount', { count: cameraCount });
  // In the middle of a line: "3 kameror: fasad, skolgård".
  const kinds = names === null ? [] : areaKinds.map((k) => lowerFirst(names.areaName(k, lang)));
  return kinds.length > 0 ? `${counted}: ${kinds.join(', ')}` : counted;
}

/** The lifecycle state in words: awaiting whom, approved or rejected by whom, replaced, ended, a review of which version. */
function stateText(p: AssessmentCardProps, t: Translate, lang: 'sv' | 'en'): string | null {
  const { item, successor } = p;
  if (item.reviewOfVersion !== null) return t('lifecycle.dash.reviewOf', { version: item.reviewOfVersion });
  if (successor) return t('lifecycle.dash.supersededBy', { version: successor.version });
  const later = item.laterDecision;
  if (later) return t(`lifecycle.dash.later.${later.by}.${later.result}`, { date: formatDate(later.date, lang) });
  if (p.section === 'awaiting') return t(item.signoffKind === 'referral' ? 'lifecycle.dash.awaiting.owner' : 'lifecycle.dash.awaiting.administration');
  if (item.endedOn !== '') return t(p.section === 'closed' ? 'lifecycle.dash.endedOn' : 'lifecycle.dash.endsOn', { date: formatDate(item.endedOn, lang) });
  if (p.section === 'closed' && item.signoffKind !== null) return t('lifecycle.dash.over');
  return null;
}

export function AssessmentCard(props: AssessmentCardProps) {
  const { item, section, names, busy, continuation, onDuplicate, onDelete, onLifecycleAction } = props;
  const { t, lang } = useI18n();
  const name = displayName(item, t);
  const headingId = `a-${item.id}`;
  const updated = item.updatedAt ? new Date(item.updatedAt) : null;
  const outcome = item.outcome && names ? names.outcomeName(item.outcome, lang) : t('home.list.outcome.unknown');
  const state = stateText(props, t, lang);
  const inForce = section === 'inForce';
  return (
    <li class={`a-card a-card--${item.status} a-card--${section}${inForce ? ` a-card--${item.reviewStatus}` : ''}`} data-assessment-id={item.id}>
      <article aria-labelledby={headingId}>
        <h3 class="a-card__title" id={headingId}>
          <a href={href({ name: 'assessment', id: item.id })}>{name}</a>
        </h3>
        {item.unreadable && <p class="a-card__warning">{t('home.list.unreadable')}</p>}
        <dl class="a-card__facts">
          <div>
            <dt>{t('home.list.area')}</dt>
            <dd>{areaText(item, names, t, lang)}</dd>
          </div>
          <div>
            <dt>{t('home.list.status')}</dt>
            <dd>
              <span class={`badge badge--${item.status}`}>{t(`home.list.status.${item.status}`)}</span>{' '}
              {item.version > 1 && <span class="muted">{t('home.list.version', { version: item.version })}</span>}
              {state && <span class="a-card__state">{state}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('home.list.outcome')}</dt>
            <dd>{outcome}</dd>
          </div>
          <div>
            <dt>{t('home.list.updated')}</dt>
            <dd>{updated && !Number.isNaN(updated.getTime()) ? `${formatDate(item.updatedAt, lang)} ${formatTime(updated)}` : '–'}</dd>
          </div>
          {/* A draft has decided nothing, so nothing of it is up for review: a date it proposes is not a next review. */}
          {section !== 'drafts' && (
            <div>
              <dt>{t('home.list.nextReview')}</dt>
              <dd>{section === 'closed' ? '–' : <ReviewDue status={inForce ? item.reviewStatus : 'not-due'} date={item.nextReviewDate} />}</dd>
            </div>
          )}
        </dl>
        <div class="a-card__actions">
          <a class="button button--primary" href={href({ name: 'assessment', id: item.id })} aria-label={t('home.list.openNamed', { name })}>
            {t('home.list.open')}
          </a>
          {inForce && continuation && (
            <a
              class="button"
              href={href({ name: 'assessment', id: continuation.id })}
              aria-label={t(continuation.reviewOfVersion !== null ? 'lifecycle.dash.continueReviewNamed' : 'lifecycle.dash.continueVersionNamed', { name })}
            >
              {t(continuation.reviewOfVersion !== null ? 'lifecycle.dash.continueReview' : 'lifecycle.dash.continueVersion')}
            </a>
          )}
          {inForce && !continuation && (
            <button type="button" class="button" disabled={busy} onClick={() => onLifecycleAction('startReview', item)} aria-label={t('lifecycle.dash.startReviewNamed', { name })}>
              {t('lifecycle.actions.startReview')}
            </button>
          )}
          {section === 'awaiting' && (
            <button type="button" class="button" disabled={busy} onClick={() => onLifecycleAction('laterDecision', item)} aria-label={t('lifecycle.dash.recordNamed', { name })}>
              {t('lifecycle.dash.record')}
            </button>
          )}
          {inForce && item.nextReviewDate !== '' && (
            <button type="button" class="button" disabled={busy} onClick={() => onLifecycleAction('reminder', item)} aria-label={t('lifecycle.dash.reminderNamed', { name })}>
              {t('lifecycle.dash.reminder')}
            </button>
          )}
          {inForce && (
            <button type="button" class="button" disabled={busy} onClick={() => onLifecycleAction('end', item)} aria-label={t('lifecycle.dash.endNamed', { name })}>
              {t('lifecycle.actions.end')}
            </button>
          )}
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

/**
 * A card that renders again only when one of its own props changes: with 1,000 cards, each batch revealed or
 * notice shown would otherwise compare every card already on the page. Language changes still reach it
 * (AssessmentCard reads the language from context).
 */
export class StableCard extends Component<AssessmentCardProps> {
  override shouldComponentUpdate(next: AssessmentCardProps): boolean {
    const keys = Object.keys(next) as (keyof AssessmentCardProps)[];
    return keys.length !== Object.keys(this.props).length || keys.some((k) => next[k] !== this.props[k]);
  }

  override render() {
    return <AssessmentCard {...this.props} />;
  }
}
