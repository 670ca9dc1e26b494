// Every answer, grouped by step; each step with "Ändra" when the assessment is still a draft.
import type { Assessment, Evaluation, StepId } from '../../../assessments/camera/domain';
import { useI18n } from '../../i18n';
import { reviewSections } from './model';

export function Answers({ assessment, evaluation, onEdit }: { assessment: Assessment; evaluation: Evaluation; onEdit?: (step: StepId) => void }) {
  const { t, lang } = useI18n();
  const sections = reviewSections(assessment, t, lang, new Set(evaluation.missing.map((m) => m.field)));
  return (
    <div class="answers">
      {sections.map((s) => (
        <section key={s.step} class="answers__section" aria-labelledby={`answers-${s.step}`}>
          <div class="answers__head">
            <h2 id={`answers-${s.step}`}>{s.title}</h2>
            {onEdit && (
              <button type="button" class="button no-print" onClick={() => onEdit(s.step)}>
                {t('review.edit')}
                <span class="visually-hidden"> {s.title}</span>
              </button>
            )}
          </div>
          {s.groups.length === 0 && <p class="muted">{t('review.noneInStep')}</p>}
          {s.groups.map((g, n) => (
            <div key={n} class="answers__group">
              <h3>{g.title}</h3>
              <dl class="answers__list">
                {g.rows.map((r) => (
                  <div key={r.path} class={`answers__row${r.notApplicable ? ' answers__row--na' : r.missing ? ' answers__row--missing' : r.empty ? ' answers__row--empty' : ''}`}>
                    <dt>{r.label}</dt>
                    <dd>{r.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
