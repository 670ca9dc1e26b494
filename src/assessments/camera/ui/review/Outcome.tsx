// The derived outcome in plain words: what it means, why (the domain's explanation), and the regime.
import type { Assessment, Evaluation } from '../../domain';
import { outcomeName } from '../../domain';
import { outcomeParts } from './outcomeParts';
import { formatDate, useI18n } from '../../../../ui/i18n';
import './review.css';

export function Outcome({ assessment, evaluation, headingLevel = 2 }: { assessment: Assessment; evaluation: Evaluation; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const parts = outcomeParts(assessment, evaluation, t);
  return (
    <section class={`outcome outcome--${evaluation.outcome}`} aria-labelledby="outcome-title">
      <H id="outcome-title" class="outcome__title">
        {t('review.outcome.title')}
      </H>
      <p class="outcome__verdict">
        <strong>{outcomeName(evaluation.outcome, lang)}</strong>
      </p>
      <p class="outcome__explanation">{evaluation.explanation[lang]}</p>
      {parts.length > 1 && (
        <ul class="outcome__parts">
          {parts.map((p) => (
            <li key={p.key}>
              {p.name}: {outcomeName(p.outcome, lang)}
            </li>
          ))}
        </ul>
      )}
      <dl class="summary-list">
        <div>
          <dt>{t('review.regime')}</dt>
          <dd>{t(`review.regime.${evaluation.regime}`)}</dd>
        </div>
        {evaluation.nextReviewDate !== '' && (
          <div>
            <dt>{t('review.nextReview')}</dt>
            <dd>{formatDate(evaluation.nextReviewDate, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('review.signoffKind')}</dt>
          <dd>{evaluation.signoffKind === null ? t('review.signoffKind.none') : t(`sign.kind.${evaluation.signoffKind}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
