// The review: a summary first (the outcome, what stops the decision, what is missing, each linked to its
// question), the other findings, the PDF panel, then every answer by step (each step editable, returning here).
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../domain';
import { FindingsPanel } from '../wizard/FindingsPanel';
import { bySeverity } from '../../../../ui/findings/logic';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { StepNav } from '../../../../ui/wizard/StepNav';
import { Answers } from './Answers';
import { ReviewSummary } from './Summary';
import { ChangesSinceLast } from '../lifecycle/ChangesSinceLast';
import { usePreviousVersion } from '../lifecycle/usePreviousVersion';

export function ReviewStep({ pdfActions }: { pdfActions: (a: Assessment, evaluation: Evaluation) => ComponentChildren }) {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment, evaluation } = snapshot.context;
  const previous = usePreviousVersion(assessment);
  const nav = (
    <StepNav
      actions={[
        { label: t('wiz.nav.back'), onClick: () => send({ type: 'nav.back' }) },
        { label: t('review.print'), onClick: () => window.print() },
        { label: t('review.toDecision'), onClick: () => send({ type: 'nav.next' }), primary: true },
      ]}
    />
  );
  return (
    <StepFrame step="review" intro={<p>{t('review.intro')}</p>} findings={[]} nav={nav} requiredNote={false}>
      <ReviewSummary assessment={assessment} evaluation={evaluation} />
      {/* The other findings (what stops the decision is in the summary above). */}
      <FindingsPanel findings={evaluation.findings.filter((f) => f.severity !== 'block').sort(bySeverity)} id="review-findings" />
      {previous && <ChangesSinceLast previous={previous} current={assessment} />}
      <div class="pdf-slot no-print">{pdfActions(assessment, evaluation)}</div>
      <Answers assessment={assessment} evaluation={evaluation} onEdit={(step) => send({ type: 'nav.goto', step })} />
    </StepFrame>
  );
}
