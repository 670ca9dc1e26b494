// The steps in order: where the principal is, which are done or need work (in words, not colour alone),
// and a way back to any step already reached.
import { STEP_IDS, decisionMissing } from '../../domain';
import { canGoTo, stepStatuses } from '../../machine';
import type { StepStatus } from '../../machine';
import { useI18n } from '../i18n';
import { useWizard } from './context';

const MARK: Record<StepStatus, string> = { complete: '✓', incomplete: '…', problem: '!', current: '➜', unreached: '' };

export function Stepper() {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment, evaluation } = snapshot.context;
  // The decision step is not done while its own answers are missing (the domain's decisionMissing).
  const statuses = stepStatuses(snapshot).map((s) =>
    s.step === 'decision' && s.status === 'complete' && decisionMissing(assessment, evaluation).length > 0 ? { ...s, status: 'incomplete' as const } : s,
  );
  return (
    <nav class="stepper no-print" aria-label={t('wiz.stepper.label')}>
      <ol class="stepper__list">
        {statuses.map(({ step, status }) => {
          const n = STEP_IDS.indexOf(step) + 1;
          const body = (
            <>
              <span class="stepper__mark" aria-hidden="true">
                {MARK[status] || n}
              </span>
              <span class="stepper__text">
                <span class="stepper__name">
                  <span class="wiz-sr-only">{t('wiz.stepper.step', { n })} </span>
                  {t(`step.${step}.title`)}
                </span>
                <span class="stepper__status">{t(`wiz.status.${status}`)}</span>
              </span>
            </>
          );
          return (
            <li key={step} class={`stepper__item stepper__item--${status}`} aria-current={status === 'current' ? 'step' : undefined}>
              {canGoTo(snapshot, step) ? (
                <button type="button" class="stepper__link" onClick={() => send({ type: 'nav.goto', step })}>
                  {body}
                </button>
              ) : (
                <span class="stepper__link stepper__link--static">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
