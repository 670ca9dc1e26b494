// Step 9: the decision. Per-camera verdicts when the principal decides, the next review date and the
// registry number, then the sign-off, offered only when the machine allows a signature.
import { useEffect } from 'preact/hooks';
import type { Camera } from '../../domain';
import { textLimitAt } from '../../domain';
import type { SignoffDraft } from '../../machine';
import { Group } from '../../../../ui/fields/Group';
import { TextField } from '../../../../ui/fields/TextField';
import { useDraft } from '../../../../ui/fields/useDraft';
import { fieldId } from '../../../../ui/fields/paths';
import { useI18n } from '../../../../ui/i18n';
import { SignoffForm } from '../../../../ui/signoff/SignoffForm';
import { useWizard } from '../../../../ui/wizard/context';
import { Outcome } from '../../../../ui/wizard/review/Outcome';
import { StepFrame } from '../../../../ui/wizard/StepFrame';

/** A complete signature, to ask the machine whether signing is possible at all before the form is filled. */
const PROBE: SignoffDraft = { name: 'x', title: '', place: '', date: '', attested: true, signature: { type: 'typed', typedName: 'x' } };

function CameraVerdict({ camera, index }: { camera: Camera; index: number }) {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const decisions = snapshot.context.assessment.decision.cameraDecisions;
  const d = decisions.findIndex((x) => x.cameraId === camera.id);
  const current = decisions[d];
  const name = camera.name.trim() || t('cam.defaultName', { n: index + 1 });
  const verdictPath = d >= 0 ? `decision.cameraDecisions.${d}.verdict` : `decision.cameraDecisions.new-${camera.id}`;
  const { draft, change } = useDraft(current?.reason ?? '', (reason) => send({ type: 'verdict.set', cameraId: camera.id, reason }));
  const id = fieldId(verdictPath);
  return (
    <fieldset class="field field--choice verdict" id={id}>
      <legend class="field__label" id={`${id}-legend`}>
        {t('review.verdict', { name })}
        <span class="req" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {camera.location.trim() !== '' && <p class="field__hint">{camera.location}</p>}
      <div class="choices choices--inline" role="radiogroup" aria-labelledby={`${id}-legend`} aria-required="true">
        {(['approve', 'reject'] as const).map((v) => (
          <div class="choice" key={v}>
            <input
              type="radio"
              id={`${id}--${v}`}
              name={id}
              checked={current?.verdict === v}
              onChange={() => send({ type: 'verdict.set', cameraId: camera.id, verdict: v })}
            />
            <label for={`${id}--${v}`}>{t(`review.verdict.${v}`)}</label>
          </div>
        ))}
      </div>
      <div class="field">
        <label for={`${id}-reason`} class="field__label">
          {t('review.verdict.reason')}
        </label>
        <textarea id={`${id}-reason`} rows={2} value={draft} maxLength={textLimitAt('decision.cameraDecisions.0.reason')} onInput={(e) => change(e.currentTarget.value)} />
      </div>
    </fieldset>
  );
}

export function DecisionStep() {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment: a, evaluation } = snapshot.context;
  const kind = evaluation.signoffKind;
  const active = a.cameras.map((camera, index) => ({ camera, index })).filter(({ camera }) => evaluation.cameraOutcomes.some((o) => o.cameraId === camera.id));
  const canSign = snapshot.can({ type: 'sign.submit', signoff: PROBE });

  // The next review date starts from the domain's suggestion (decision date + the policy's interval).
  useEffect(() => {
    if (a.decision.nextReviewDate === '' && evaluation.nextReviewDate !== '') {
      send({ type: 'answer.set', path: 'decision.nextReviewDate', value: evaluation.nextReviewDate });
    }
    // Only on entering the step: a date the principal clears later stays cleared.
  }, []);

  const nav = (
    <div class="step-nav no-print">
      <button type="button" class="button" onClick={() => send({ type: 'nav.back' })}>
        {t('review.backToReview')}
      </button>
    </div>
  );
  return (
    <StepFrame
      step="decision"
      intro={
        <>
          <p>{t('review.decision.intro')}</p>
          <Outcome assessment={a} evaluation={evaluation} />
        </>
      }
      nav={nav}
    >
      {kind === 'decision' && (
        <Group id="g-verdicts" title={t('review.g.verdicts')} why={t('review.g.verdicts.why')}>
          <div id={fieldId('decision.cameraDecisions')} tabIndex={-1}>
            {active.map(({ camera, index }) => (
              <CameraVerdict key={camera.id} camera={camera} index={index} />
            ))}
          </div>
        </Group>
      )}
      <Group id="g-decision" title={t('review.g.decision')}>
        <TextField path="decision.overallReason" label={t(kind === 'decision' ? 'review.overallReason' : 'review.overallReason.other')} hint={t('review.overallReason.hint')} multiline required={kind === 'decision'} />
        <TextField path="decision.nextReviewDate" label={t('review.nextReviewDate')} hint={t('review.nextReviewDate.hint')} type="date" short />
        <TextField path="decision.registryNumber" label={t('review.registryNumber')} hint={t('review.registryNumber.hint')} short />
      </Group>
      {canSign && kind !== null ? (
        <SignoffForm kind={kind} />
      ) : (
        <section class="gap-summary" aria-labelledby="no-sign">
          <h2 id="no-sign">{t('sign.notPossible')}</h2>
          <p>{t(`sign.notPossible.${evaluation.outcome === 'blocked' || evaluation.outcome === 'incomplete' || evaluation.outcome === 'try-other-measures' ? evaluation.outcome : 'other'}`)}</p>
        </section>
      )}
    </StepFrame>
  );
}
