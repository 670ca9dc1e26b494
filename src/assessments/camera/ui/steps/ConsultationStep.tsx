// Step 7: unions, information to pupils, guardians and staff, signs, the DPIA and the DPO's advice.
import { isApplicable, ruleById } from '../../domain';
import { ChoiceField, Group, StepFrame, TextField, useI18n, useWizard } from './kit';
import { choices, informed, yesNo } from './options';

export function ConsultationStep() {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const { assessment: a, evaluation } = snapshot.context;
  const shown = (path: string) => isApplicable(a, path);
  const staffFilmed = shown('consultation.unionDate');
  return (
    <StepFrame step="consultation" intro={<p>{t('step.consultation.intro')}</p>}>
      <Group id="g-union" title={t('step.consultation.g.union')} why={t('step.consultation.g.union.why')} source={ruleById('KB-H08-union')?.source}>
        {staffFilmed ? (
          <>
            <ChoiceField path="consultation.unionForm" legend={t('step.consultation.unionForm')} choices={choices(t, ['mbl', 'samverkan'], 'step.consultation.union')} required inline />
            <TextField path="consultation.unionDate" label={t('step.consultation.unionDate')} hint={t('step.consultation.unionDate.hint')} type="date" required short />
            <ChoiceField path="consultation.safetyRepresentativeConsulted" legend={t('step.consultation.safetyRep')} choices={yesNo(t)} required inline />
          </>
        ) : (
          <p class="muted">{t('step.consultation.noStaff')}</p>
        )}
      </Group>
      <Group id="g-inform" title={t('step.consultation.g.inform')} why={t('step.consultation.g.inform.why')} source={ruleById('KB-S17-not-informed')?.source}>
        <ChoiceField path="consultation.pupilsInformed" legend={t('step.consultation.pupils')} choices={informed(t)} required inline />
        <ChoiceField path="consultation.guardiansInformed" legend={t('step.consultation.guardians')} choices={informed(t)} required inline />
        <ChoiceField path="consultation.staffInformed" legend={t('step.consultation.staff')} choices={informed(t)} required inline />
        <ChoiceField path="consultation.informationForChildren" legend={t('step.consultation.forChildren')} hint={t('step.consultation.forChildren.hint')} choices={yesNo(t)} required inline />
      </Group>
      <Group id="g-signs" title={t('step.consultation.g.signs')} why={t('step.consultation.g.signs.why')} source={ruleById('KB-H07-signage')?.source}>
        <ChoiceField path="consultation.signage" legend={t('step.consultation.signage')} choices={informed(t)} required inline />
        <TextField path="consultation.signageDescription" label={t('step.consultation.signageDescription')} hint={t('step.consultation.signageDescription.hint')} multiline />
        <TextField path="consultation.art13Where" label={t('step.consultation.art13Where')} hint={t('step.consultation.art13Where.hint')} required />
        <TextField path="consultation.art13Text" label={t('step.consultation.art13Text')} hint={t('step.consultation.art13Text.hint')} multiline />
      </Group>
      <Group id="g-dpia" title={t('step.consultation.g.dpia')} why={t('step.consultation.g.dpia.why')} source={ruleById('KB-H09-dpia')?.source}>
        {evaluation.dpiaIndicated && <p class="notice-inline">{t('step.consultation.dpiaIndicated')}</p>}
        <ChoiceField path="consultation.dpiaDone" legend={t('step.consultation.dpiaDone')} choices={yesNo(t)} required inline />
        {shown('consultation.dpiaReference') && <TextField path="consultation.dpiaReference" label={t('step.consultation.dpiaReference')} hint={t('step.consultation.dpiaReference.hint')} required />}
        {shown('consultation.dpiaNoneReason') && (
          <TextField path="consultation.dpiaNoneReason" label={t('step.consultation.dpiaNoneReason')} hint={t('step.consultation.dpiaNoneReason.hint')} multiline required />
        )}
        <TextField path="consultation.dpoAdviceDate" label={t('step.consultation.dpoAdviceDate')} type="date" short />
        <TextField path="consultation.dpoAdvice" label={t('step.consultation.dpoAdvice')} hint={t('step.consultation.dpoAdvice.hint')} multiline required />
      </Group>
    </StepFrame>
  );
}
