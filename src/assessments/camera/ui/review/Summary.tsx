// The review's first screen: the outcome, what stops the decision and what is missing, each a link to the
// exact question, so the principal knows at a glance what is left before reading the answers.
import type { Assessment, Evaluation } from '../../domain';
import { fieldLabel } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { FieldLinks } from '../../../../ui/wizard/FieldLinks';
import { plural } from '../../../../ui/wizard/plural';
import { Outcome } from './Outcome';

export function ReviewSummary({ assessment, evaluation }: { assessment: Assessment; evaluation: Evaluation }) {
  const { t, lang } = useI18n();
  const { goToField } = useWizard();
  const blocks = evaluation.findings.filter((f) => f.severity === 'block');
  return (
    <section class="review-summary" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title">{t('review.summary.title')}</h2>
      <Outcome assessment={assessment} evaluation={evaluation} headingLevel={3} />
      {blocks.length > 0 && (
        <section class="review-summary__part review-summary__part--block" aria-labelledby="review-blocks">
          <h3 id="review-blocks">{plural(t, 'review.blocks', blocks.length)}</h3>
          <FieldLinks links={blocks.map((f) => ({ key: f.key, label: fieldLabel(f.field)[lang], go: () => goToField(f.field, f.step), why: f.message[lang] }))} />
        </section>
      )}
      {evaluation.missing.length > 0 && (
        <section class="review-summary__part review-summary__part--missing" aria-labelledby="review-missing">
          <h3 id="review-missing">{plural(t, 'review.missing', evaluation.missing.length)}</h3>
          <FieldLinks links={evaluation.missing.map((m) => ({ key: m.field, label: m.label[lang], go: () => goToField(m.field, m.step) }))} />
        </section>
      )}
      {blocks.length === 0 && evaluation.missing.length === 0 && <p class="review-summary__clear">{t('review.summary.clear')}</p>}
    </section>
  );
}
