// One camera, question by question. Its public/non-public answer chooses the questions that follow
// (the machine's branch): public → who else is there and review by förvaltningen; non-public → the local
// proportionality and the annual re-examination; unsure → how to decide.
import { ANALYTICS_KINDS, AREA_KINDS, OFF_HOURS_PRESENCE, OTHER_AREA_USES, VIEW_AREAS, areaName, isApplicable, mayHaveEndDate, ruleById } from '../../domain';
import type { CameraBranchState } from '../../machine';
import { findingsForStep } from '../../../../ui/findings/logic';
import { CheckboxGroup } from '../../../../ui/fields/CheckboxGroup';
import { ChoiceField } from '../../../../ui/fields/ChoiceField';
import { Group } from '../../../../ui/fields/Group';
import { AlreadyInUseField } from '../fields/AlreadyInUseField';
import { HoursField } from '../fields/HoursField';
import { CameraViewField } from '../view/CameraViewField';
import { SelectField } from '../../../../ui/fields/SelectField';
import { TextField } from '../../../../ui/fields/TextField';
import { itemHeadingId } from '../../../../ui/fields/listFocus';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { PublicAccessQuestion, BranchQuestions } from './CameraBranch';
import { choices, yesNo } from './options';

export function CameraEditor({ index, branch, centralReview }: { index: number; branch: CameraBranchState; centralReview: boolean }) {
  const { t, lang } = useI18n();
  const { snapshot, send, focusId } = useWizard();
  const a = snapshot.context.assessment;
  const camera = a.cameras[index];
  if (!camera) return null;
  const base = `cameras.${index}`;
  const shown = (field: string) => isApplicable(a, `${base}.${field}`);
  const name = camera.name.trim() || t('cam.defaultName', { n: index + 1 });
  const close = () => {
    send({ type: 'camera.close' });
    focusId(itemHeadingId('cameras', camera.id));
  };
  const nav = (
    <div class="step-nav no-print">
      <button type="button" class="button button--primary" onClick={close}>
        {t('cam.close')}
      </button>
    </div>
  );
  return (
    <StepFrame
      step="cameras"
      title={t('cam.editor.title', { name })}
      focusKey={`cameras:${camera.id}`}
      intro={<p>{t('cam.editor.intro', { n: index + 1, count: a.cameras.length })}</p>}
      findings={findingsForStep(snapshot.context.evaluation.findings, 'cameras', `cameras.${index}`)}
      nav={nav}
    >
      <Group id="g-cam-where" title={t('cam.g.where')} why={t('cam.g.where.why')} source={ruleById('KB-H01-intimate-space')?.source}>
        <TextField path={`${base}.name`} label={t('cam.name')} hint={t('cam.name.hint')} />
        {(a.school.earlierBasis !== undefined || camera.alreadyInUse !== undefined) && <AlreadyInUseField index={index} />}
        <TextField path={`${base}.location`} label={t('cam.location')} hint={t('cam.location.hint')} required />
        <ChoiceField path={`${base}.placement`} legend={t('cam.placement')} choices={choices(t, ['indoor', 'outdoor'], 'cam.placement')} required inline />
        <SelectField path={`${base}.areaKind`} label={t('cam.areaKind')} hint={t('cam.areaKind.hint')} choices={AREA_KINDS.map((value) => ({ value, label: areaName(value, lang) }))} required />
        {shown('otherAreaUse') && (
          <ChoiceField path={`${base}.otherAreaUse`} legend={t('cam.otherAreaUse')} hint={t('cam.otherAreaUse.hint')} choices={choices(t, OTHER_AREA_USES, 'cam.otherAreaUse')} required />
        )}
      </Group>
      <Group id="g-cam-public" title={t('cam.g.public')} why={t('cam.g.public.why')} source={ruleById('KB-P01-central-review')?.source}>
        <PublicAccessQuestion base={base} />
        <TextField path={`${base}.publicAccessReasoning`} label={t('cam.publicAccessReasoning')} hint={t('cam.publicAccessReasoning.hint')} multiline required />
      </Group>
      <BranchQuestions base={base} branch={branch} centralReview={centralReview} />
      <Group id="g-cam-view" title={t('cam.g.view')} why={t('cam.g.view.why')} source={ruleById('KB-S03-beyond-facade-area')?.source}>
        <CheckboxGroup path={`${base}.inView`} legend={t('cam.inView')} hint={t('cam.inView.hint')} choices={choices(t, VIEW_AREAS, 'cam.inView')} required={camera.inView !== undefined} />
        <TextField path={`${base}.fieldOfView`} label={t('cam.fieldOfView')} hint={t('cam.fieldOfView.hint')} multiline required />
        <CameraViewField index={index} name={name} />
        {shown('limitedToFacadePlus2m') && <ChoiceField path={`${base}.limitedToFacadePlus2m`} legend={t('cam.limitedToFacadePlus2m')} choices={yesNo(t)} required inline />}
        <ChoiceField path={`${base}.coversIncidentSpots`} legend={t('cam.coversIncidentSpots')} hint={t('cam.coversIncidentSpots.hint')} choices={yesNo(t)} required inline />
        <ChoiceField path={`${base}.mount`} legend={t('cam.mount')} choices={choices(t, ['fixed', 'movable'], 'cam.mount')} required inline />
        <ChoiceField path={`${base}.zoom`} legend={t('cam.zoom')} choices={yesNo(t)} required inline />
        {shown('movableLimits') && <TextField path={`${base}.movableLimits`} label={t('cam.movableLimits')} hint={t('cam.movableLimits.hint')} multiline />}
        <ChoiceField path={`${base}.masking`} legend={t('cam.masking')} hint={t('cam.masking.hint')} choices={yesNo(t)} required inline />
        {shown('maskingDescription') && <TextField path={`${base}.maskingDescription`} label={t('cam.maskingDescription')} multiline required />}
      </Group>
      <Group id="g-cam-hours" title={t('cam.g.hours')} why={t('cam.g.hours.why')} source={ruleById('KB-S02-beyond-facade-hours')?.source}>
        <HoursField index={index} />
      </Group>
      <Group id="g-cam-tech" title={t('cam.g.tech')} why={t('cam.g.tech.why')} source={ruleById('KB-H02-sound')?.source}>
        <ChoiceField path={`${base}.mode`} legend={t('cam.mode')} choices={choices(t, ['recording', 'live', 'both'], 'cam.mode')} required />
        {shown('liveViewers') && <TextField path={`${base}.liveViewers`} label={t('cam.liveViewers')} required />}
        {shown('monitorLocation') && <TextField path={`${base}.monitorLocation`} label={t('cam.monitorLocation')} required />}
        {shown('monitorSeenByOthers') && (
          <ChoiceField path={`${base}.monitorSeenByOthers`} legend={t('cam.monitorSeenByOthers')} hint={t('cam.monitorSeenByOthers.hint')} choices={yesNo(t)} required={camera.monitorSeenByOthers !== undefined} inline />
        )}
        <ChoiceField path={`${base}.sound`} legend={t('cam.sound')} hint={t('cam.sound.hint')} choices={yesNo(t)} required inline />
        <ChoiceField path={`${base}.biometrics`} legend={t('cam.biometrics')} hint={t('cam.biometrics.hint')} choices={yesNo(t)} required inline />
        <CheckboxGroup path={`${base}.analytics`} legend={t('cam.analytics')} hint={t('cam.analytics.hint')} choices={choices(t, ANALYTICS_KINDS, 'cam.analytics')} required={camera.analytics !== undefined} />
      </Group>
      <Group id="g-cam-who" title={t('cam.g.who')} why={t('cam.g.who.why')} source={ruleById('KB-H08-union')?.source}>
        <CheckboxGroup path={`${base}.subjects`} legend={t('cam.subjects')} hint={t('cam.subjects.hint')} choices={choices(t, ['pupils', 'staff', 'visitors', 'public'], 'cam.subject')} required />
        <CheckboxGroup
          path={`${base}.offHoursPresence`}
          legend={t('cam.offHoursPresence')}
          hint={t('cam.offHoursPresence.hint')}
          choices={choices(t, OFF_HOURS_PRESENCE, 'cam.offHoursPresence')}
          required={camera.offHoursPresence !== undefined}
        />
        {/* An end date belongs to a camera of an earlier signed version (KB-H18); a set one stays visible so it can be removed. */}
        {(mayHaveEndDate(a, camera) || camera.endedOn !== '') && (
          <TextField path={`${base}.endedOn`} label={t('cam.endedOn')} hint={t('cam.endedOn.hint')} type="date" short />
        )}
      </Group>
    </StepFrame>
  );
}
