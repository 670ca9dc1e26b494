// Step 9: the decision. Per-camera verdicts when the principal decides, the next review date and the
// registry number, then the sign-off, offered only when the machine allows a signature.
import { useEffect, useState } from 'preact/hooks';
import type { Camera, CameraHours, CameraProposal } from '../../domain';
import { PROPOSAL_NAMES, cameraProposals, CHANGE_PRESETS, narrowingPresets, openWarnings, presetWindows, textLimitAt } from '../../domain';
import type { SignoffDraft } from '../../machine';
import { Group } from '../../../../ui/fields/Group';
import { TextField } from '../../../../ui/fields/TextField';
import { useDraft } from '../../../../ui/fields/useDraft';
import { fieldId } from '../../../../ui/fields/paths';
import { useI18n } from '../../../../ui/i18n';
import { SignoffForm } from '../signoff/SignoffForm';
import { useWizard } from '../wizard/context';
import { Outcome } from '../review/Outcome';
import { StepFrame } from '../wizard/StepFrame';
import { StepNav } from '../../../../ui/wizard/StepNav';

/** A complete signature, to ask the machine whether signing is possible at all before the form is filled. */
const PROBE: SignoffDraft = { name: 'x', title: '', place: '', date: '', attested: true, signature: { type: 'typed', typedName: 'x' } };

function CameraVerdict({ camera, index, proposal }: { camera: Camera; index: number; proposal: CameraProposal | undefined }) {
  const { t, lang } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment, policy } = snapshot.context;
  const decisions = assessment.decision.cameraDecisions;
  const d = decisions.findIndex((x) => x.cameraId === camera.id);
  const current = decisions[d];
  const name = camera.name.trim() || t('cam.defaultName', { n: index + 1 });
  const verdictPath = d >= 0 ? `decision.cameraDecisions.${d}.verdict` : `decision.cameraDecisions.new-${camera.id}`;
  const { draft, change } = useDraft(current?.reason ?? '', (reason) => send({ type: 'verdict.set', cameraId: camera.id, reason }));
  const masking = useDraft(current?.changes?.masking ?? '', (text) => send({ type: 'verdict.set', cameraId: camera.id, changes: { masking: text } }));
  const id = fieldId(verdictPath);
  const stored = current?.changes?.hours?.preset ?? '';
  const hoursPreset = CHANGE_PRESETS.find((p) => p === stored) ?? '';
  // Only presets inside the camera's own hours; one chosen before this check stays shown as it was stored.
  const offered = narrowingPresets(camera, policy, assessment.school.schoolDay);
  const presets = hoursPreset !== '' && !offered.includes(hoursPreset) ? [...offered, hoursPreset] : offered;
  const setHours = (value: string) => {
    const preset = CHANGE_PRESETS.find((p) => p === value);
    const hours: CameraHours =
      preset !== undefined
        ? { preset, windows: presetWindows(preset, policy, assessment.school.schoolDay), holidaysAsWeekend: true }
        : { preset: '' as const, windows: [], holidaysAsWeekend: true };
    send({ type: 'verdict.set', cameraId: camera.id, changes: { hours } });
  };
  const retention = current?.changes?.retentionHours;
  // A decided retention only shortens the assessment's: a longer one was never weighed.
  const ownRetention = assessment.data.retentionHours;
  const [retentionTooLong, setRetentionTooLong] = useState(false);
  // What is typed stays in the box (also a refused value, beside its error) until it is committed on change.
  const [retentionDraft, setRetentionDraft] = useState(retention === undefined || retention === null ? '' : String(retention));
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
      {proposal && <p class="field__hint verdict__proposal">{t('review.verdict.proposal', { proposal: PROPOSAL_NAMES[proposal][lang] })}</p>}
      <div class="choices choices--inline" role="radiogroup" aria-labelledby={`${id}-legend`} aria-required="true">
        {(['approve', 'approve-changed', 'reject'] as const).map((v) => (
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
      {current?.verdict === 'approve-changed' && (
        <div class="verdict__changes" id={fieldId(`decision.cameraDecisions.${d}.changes`)} tabIndex={-1}>
          <p class="field__label">{t('review.verdict.changes')}</p>
          {presets.length === 0 ? (
            <p class="field__hint">{t('review.verdict.changes.hours.none')}</p>
          ) : (
            <div class="field">
              <label for={`${id}-hours`} class="field__label">
                {t('review.verdict.changes.hours')}
              </label>
              <select id={`${id}-hours`} value={hoursPreset} onChange={(e) => setHours(e.currentTarget.value)}>
                <option value="">{t('review.verdict.changes.hours.keep')}</option>
                {presets.map((p) => (
                  <option key={p} value={p}>
                    {t(`review.verdict.changes.hours.${p}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="field">
            <label for={`${id}-masking`} class="field__label">
              {t('review.verdict.changes.masking')}
            </label>
            <textarea id={`${id}-masking`} rows={2} value={masking.draft} maxLength={textLimitAt('decision.cameraDecisions.0.reason')} onInput={(e) => masking.change(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${id}-retention`} class="field__label">
              {t('review.verdict.changes.retention')}
            </label>
            <input
              id={`${id}-retention`}
              type="number"
              inputMode="numeric"
              min={1}
              max={ownRetention !== null ? ownRetention - 1 : undefined}
              class="input--short"
              value={retentionDraft}
              onInput={(e) => setRetentionDraft(e.currentTarget.value)}
              aria-invalid={retentionTooLong ? 'true' : undefined}
              aria-describedby={retentionTooLong ? `${id}-retention-error` : undefined}
              onChange={(e) => {
                const n = Number.parseInt(e.currentTarget.value, 10);
                const hours = Number.isFinite(n) && n > 0 ? n : null;
                const tooLong = hours !== null && ownRetention !== null && hours >= ownRetention;
                setRetentionTooLong(tooLong);
                if (!tooLong) send({ type: 'verdict.set', cameraId: camera.id, changes: { retentionHours: hours } });
              }}
            />
            {retentionTooLong && ownRetention !== null && (
              <p id={`${id}-retention-error`} class="field__error" role="alert">
                {t('review.verdict.changes.retention.tooLong', { hours: ownRetention })}
              </p>
            )}
          </div>
        </div>
      )}
      <div class="field">
        <label for={`${id}-reason`} class="field__label">
          {t('review.verdict.reason')}
        </label>
        <textarea id={`${id}-reason`} rows={2} value={draft} maxLength={textLimitAt('decision.cameraDecisions.0.reason')} onInput={(e) => change(e.currentTarget.value)} />
      </div>
    </fieldset>
  );
}

/** (2026-12) Open warnings: answered in the review, or decided here explicitly without comment. */
function WarningsWithoutComment() {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment: a, evaluation } = snapshot.context;
  const open = openWarnings(a, evaluation);
  if (open.length === 0) return null;
  const chosen = new Set(a.decision.withoutComment ?? []);
  const all = open.every((f) => chosen.has(f.key));
  const id = fieldId('decision.withoutComment');
  return (
    <Group id="g-warnings" title={t('review.g.warnings')} why={t('review.g.warnings.why', { n: open.length })}>
      <div class="choice" id={id} tabIndex={-1}>
        <input
          type="checkbox"
          id={`${id}--check`}
          checked={all}
          onChange={(e) => send({ type: 'withoutComment.set', keys: e.currentTarget.checked ? open.map((f) => f.key) : [] })}
        />
        <label for={`${id}--check`}>{t('review.warnings.withoutComment', { n: open.length })}</label>
      </div>
    </Group>
  );
}

export function DecisionStep() {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const { assessment: a, evaluation } = snapshot.context;
  const kind = evaluation.signoffKind;
  const active = a.cameras.map((camera, index) => ({ camera, index })).filter(({ camera }) => evaluation.cameraOutcomes.some((o) => o.cameraId === camera.id));
  const canSign = snapshot.can({ type: 'sign.submit', signoff: PROBE });
  const proposals = cameraProposals(evaluation);

  // The next review date starts from the domain's suggestion (decision date + the policy's interval).
  useEffect(() => {
    if (a.decision.nextReviewDate === '' && evaluation.nextReviewDate !== '') {
      send({ type: 'answer.set', path: 'decision.nextReviewDate', value: evaluation.nextReviewDate });
    }
    // Only on entering the step: a date the principal clears later stays cleared.
  }, []);

  const nav = <StepNav actions={[{ label: t('review.backToReview'), onClick: () => send({ type: 'nav.back' }) }]} />;
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
              <CameraVerdict key={camera.id} camera={camera} index={index} proposal={proposals.find((p) => p.cameraId === camera.id)?.proposal} />
            ))}
          </div>
        </Group>
      )}
      <Group id="g-decision" title={t('review.g.decision')}>
        <TextField path="decision.overallReason" label={t(kind === 'decision' ? 'review.overallReason' : 'review.overallReason.other')} hint={t('review.overallReason.hint')} multiline required={kind === 'decision'} />
        <TextField path="decision.nextReviewDate" label={t('review.nextReviewDate')} hint={t('review.nextReviewDate.hint')} type="date" short />
        <TextField path="decision.registryNumber" label={t('review.registryNumber')} hint={t('review.registryNumber.hint')} short />
      </Group>
      {kind !== null && <WarningsWithoutComment />}
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
