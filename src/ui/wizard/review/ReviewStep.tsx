// Step 8: the whole assessment on one page: the outcome explained, every finding, every answer (each
// step editable, returning here), the PDF panel and the browser's own print view.
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../../assessments/camera/domain';
import { FindingsPanel } from '../../findings/FindingsPanel';
import { bySeverity } from '../../findings/logic';
import { useI18n } from '../../i18n';
import { useWizard } from '../context';
import { StepFrame } from '../StepFrame';
import { plural } from '../plural';
import { Answers } from './Answers';
import { Outcome } from './Outcome';
import { ChangesSinceLast } from '../../../assessments/camera/ui/lifecycle/ChangesSinceLast';
import { usePreviousVersion } from '../../../assessments/camera/ui/lifecycle/usePreviousVersion';

export function ReviewStep({ pdfActions }: { pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren }) {
  const { t, lang } = useI18n();
  const { snapshot, send, goToField } = useWizard();
  const { assessment, evaluation } = snapshot.context;
  const previous = usePreviousVersion(assessment);
  const nav = (
    <div class="step-nav no-print">
      <button type="button" class="button" onClick={() => send({ type: 'nav.back' })}>
        {t('wiz.nav.back')}
      </button>
      <button type="button" class="button" onClick={() => window.print()}>
        {t('review.print')}
      </button>
      <button type="button" class="button button--primary" onClick={() => send({ type: 'nav.next' })}>
        {t('review.toDecision')}
      </button>
    </div>
  );
  return (
    <StepFrame step="review" intro={<p>{t('review.intro')}</p>} findings={[]} nav={nav} requiredNote={false}>
      <Outcome assessment={assessment} evaluation={evaluation} />
      {evaluation.missing.length > 0 && (
        <section class="gap-summary" aria-labelledby="review-missing">
          <h2 id="review-missing">{plural(t, 'review.missing', evaluation.missing.length)}</h2>
          <ul>
            {evaluation.missing.map((m) => (
              <li key={m.field}>
                <button type="button" class="link-button" onClick={() => goToField(m.field, m.step)}>
                  {m.label[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FindingsPanel findings={[...evaluation.findings].sort(bySeverity)} id="review-findings" />
      {previous && <ChangesSinceLast previous={previous} current={assessment} />}
      <div class="pdf-slot no-print">{pdfActions(assessment, evaluation)}</div>
      <Answers assessment={assessment} evaluation={evaluation} onEdit={(step) => send({ type: 'nav.goto', step })} />
    </StepFrame>
  );
}
