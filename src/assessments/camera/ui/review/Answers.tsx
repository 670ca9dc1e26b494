// Every answer, grouped by step; each step with "Ändra" when the assessment is still a draft. Questions
// that do not apply are behind one switch.
import { useMemo, useState } from 'preact/hooks';
import type { Assessment, Evaluation, StepId } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { useProgressive } from '../../../../ui/shell/useProgressive';
import { reviewSections } from './model';

export function Answers({ assessment, evaluation, onEdit }: { assessment: Assessment; evaluation: Evaluation; onEdit?: (step: StepId) => void }) {
  const { t, lang } = useI18n();
  // Worked out once per change of the answers, not again for each section drawn (useProgressive renders anew).
  const all = useMemo(() => reviewSections(assessment, t, lang, new Set(evaluation.missing.map((m) => m.field))), [assessment, evaluation, t, lang]);
  // Questions of a branch that does not apply are many and say nothing: one switch shows them all.
  const [showNa, setShowNa] = useState(false);
  const naCount = all.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.rows.filter((r) => r.notApplicable).length, 0), 0);
  const sections = useMemo(
    () =>
      showNa
        ? all
        : all.map((s) => ({ ...s, groups: s.groups.map((g) => ({ ...g, rows: g.rows.filter((r) => !r.notApplicable) })).filter((g) => g.rows.length > 0) })),
    [all, showNa],
  );
  const drawn = useProgressive(sections.length);
  return (
    <section class="answers" aria-labelledby="answers-title">
      <div class="answers__top">
        <h2 id="answers-title">{t('review.answers.title')}</h2>
        {naCount > 0 && (
          <label class="answers__toggle no-print">
            <input type="checkbox" checked={showNa} onChange={(e) => setShowNa(e.currentTarget.checked)} /> {t('review.na.toggle', { n: naCount })}
          </label>
        )}
      </div>
      {sections.slice(0, drawn).map((s) => (
        <section key={s.step} class="answers__section" aria-labelledby={`answers-${s.step}`}>
          <div class="answers__head">
            <h3 id={`answers-${s.step}`}>{s.title}</h3>
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
              <h4>{g.title}</h4>
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
    </section>
  );
}
