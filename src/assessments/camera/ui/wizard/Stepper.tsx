// The steps in order: where the principal is, which are done or need work (in words, not colour alone),
// and a way back to any step already reached.
import { useEffect, useState } from 'preact/hooks';
import { STEP_IDS, decisionMissing } from '../../domain';
import { canGoTo, stepStatuses } from '../../machine';
import type { StepStatus } from '../../machine';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from './context';

// Below this width (and at 200 % zoom on a laptop) the steps fold away behind one line, so the question
// comes first on the screen.
const NARROW = '(max-width: 59.99rem)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

const MARK: Record<StepStatus, string> = { complete: '✓', incomplete: '…', problem: '!', current: '➜', unreached: '' };

export function Stepper() {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment, evaluation } = snapshot.context;
  // The decision step is not done while its own answers are missing (the domain's decisionMissing).
  const statuses = stepStatuses(snapshot).map((s) =>
    s.step === 'decision' && s.status === 'complete' && decisionMissing(assessment, evaluation).length > 0 ? { ...s, status: 'incomplete' as const } : s,
  );
  const narrow = useNarrow();
  const current = statuses.find((s) => s.status === 'current')?.step;
  const list = (
    <ol class="plain-list stepper__list">
      {statuses.map(({ step, status }) => {
        const n = STEP_IDS.indexOf(step) + 1;
        const body = (
          <>
            <span class="stepper__mark" aria-hidden="true">
              {MARK[status] || n}
            </span>
            <span class="stepper__text">
              <span class="stepper__name">
                <span class="visually-hidden">{t('wiz.stepper.step', { n })} </span>
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
  );
  return (
    <nav class="stepper no-print" aria-label={t('wiz.stepper.label')}>
      {narrow && current ? (
        <details class="stepper__fold">
          <summary>
            {t('wiz.stepper.folded', { n: STEP_IDS.indexOf(current) + 1, total: STEP_IDS.length, step: t(`step.${current}.title`) })}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
