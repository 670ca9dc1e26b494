// The frame of every step: its heading (which takes focus), where it is in the order, the summary of
// gaps and findings, the questions, and the way on.
import type { ComponentChildren } from 'preact';
import { STEP_IDS } from '../../domain';
import type { Finding, StepId } from '../../domain';
import { StepHeading } from '../../../../ui/shell/StepHeading';
import { FindingsPanel } from './FindingsPanel';
import { findingsForStep } from '../../../../ui/findings/logic';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from './context';
import { GAP_SUMMARY_ID, GapSummary } from '../../../../ui/wizard/GapSummary';
import { StepNav, type StepAction } from '../../../../ui/wizard/StepNav';

export interface StepFrameProps {
  step: StepId;
  /** A heading other than the step's name (an open camera). */
  title?: string;
  focusKey?: string;
  intro?: ComponentChildren;
  /** The findings to summarise; by default all of the step's. */
  findings?: Finding[];
  children: ComponentChildren;
  /** Replaces the default Tillbaka / Nästa buttons (a StepNav with the step's own actions). */
  nav?: ComponentChildren;
  /** Whether to explain the asterisk (steps with questions). */
  requiredNote?: boolean;
}

export function StepFrame({ step, title, focusKey, intro, findings, children, nav, requiredNote = true }: StepFrameProps) {
  const { t } = useI18n();
  const { snapshot, findings: shown, send, showGaps, revealGaps, focusId, flushDrafts, latest } = useWizard();
  const { evaluation, returnTo } = snapshot.context;
  const n = STEP_IDS.indexOf(step);
  const gaps = evaluation.missing.filter((m) => m.step === step);
  const next = STEP_IDS[n + 1];
  const nextLabel = returnTo === 'review' ? t('wiz.nav.toReview') : next ? t('wiz.nav.next', { step: t(`step.${next}.title`) }) : '';

  const onNext = () => {
    // What was typed a moment ago counts: commit it, then look at the machine as it is now.
    flushDrafts();
    const missingNow = latest().context.evaluation.missing.some((m) => m.step === step);
    if (missingNow && !showGaps.has(step)) {
      revealGaps(step);
      focusId(GAP_SUMMARY_ID);
      return;
    }
    send({ type: 'nav.next' });
  };

  const defaultActions: StepAction[] = [
    ...(n > 0 ? [{ label: t('wiz.nav.back'), onClick: () => send({ type: 'nav.back' }) }] : []),
    ...(next ? [{ label: nextLabel, onClick: onNext, primary: true }] : []),
  ];

  return (
    <section class={`step step--${step}`} aria-labelledby="step-title">
      <StepHeading focusKey={focusKey ?? step}>
        <span id="step-title">{title ?? t(`step.${step}.title`)}</span>
      </StepHeading>
      <p class="step__progress muted">{t('wiz.progress', { n: n + 1, total: STEP_IDS.length })}</p>
      {intro !== undefined && <div class="step__intro">{intro}</div>}
      {showGaps.has(step) && <GapSummary missing={gaps} onContinue={() => send({ type: 'nav.next' })} continueLabel={t('wiz.gaps.continue')} />}
      <FindingsPanel findings={(findings ?? findingsForStep(evaluation.findings, step)).filter((f) => shown.includes(f))} />
      {requiredNote && <p class="step__required-note muted">{t('wiz.requiredNote')}</p>}
      <div class="step__body">{children}</div>
      {nav ?? <StepNav actions={defaultActions} />}
    </section>
  );
}
