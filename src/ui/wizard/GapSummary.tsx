// Shown at the top of a step when the principal presses Nästa with unanswered questions: where they are,
// with a way to each. Drafts may be left incomplete, so it also offers to continue.
import type { MissingView } from '../../engine/findings';
import { useI18n } from '../i18n';
import { useWizard } from './context';
import { FieldLinks } from './FieldLinks';
import { plural } from './plural';

export const GAP_SUMMARY_ID = 'gap-summary';

export function GapSummary({ missing, onContinue, continueLabel }: { missing: MissingView[]; onContinue: () => void; continueLabel: string }) {
  const { t, lang } = useI18n();
  const { goToField } = useWizard();
  if (missing.length === 0) return null;
  return (
    <section class="gap-summary" aria-labelledby={`${GAP_SUMMARY_ID}-title`}>
      <h2 id={GAP_SUMMARY_ID} tabIndex={-1} class="gap-summary__title">
        <span id={`${GAP_SUMMARY_ID}-title`}>{plural(t, 'wiz.gaps.title', missing.length)}</span>
      </h2>
      <p>{t('wiz.gaps.body')}</p>
      <FieldLinks links={missing.map((m) => ({ key: m.field, label: m.label[lang], go: () => goToField(m.field, m.step) }))} />
      <button type="button" class="button" onClick={onContinue}>
        {continueLabel}
      </button>
    </section>
  );
}
