// Step 6: legal basis, retention, access, processor and storage.
import { isApplicable, ruleById } from '../../domain';
import type { AccessRole } from '../../domain';
import { ChoiceField } from '../../../../ui/fields/ChoiceField';
import { Group } from '../../../../ui/fields/Group';
import { NumberField } from '../../../../ui/fields/NumberField';
import { RepeatingList } from '../../../../ui/fields/RepeatingList';
import { TextField } from '../../../../ui/fields/TextField';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { choices, yesNo } from './options';

export function DataStep() {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const { assessment: a, policy } = snapshot.context;
  const shown = (path: string) => isApplicable(a, path);
  return (
    <StepFrame step="data" intro={<p>{t('step.data.intro')}</p>}>
      <Group id="g-basis" title={t('step.data.g.basis')} why={t('step.data.g.basis.why')} source={ruleById('KB-H04-consent')?.source}>
        <ChoiceField path="data.legalBasis" legend={t('step.data.legalBasis')} choices={choices(t, ['6.1e', '6.1f', '6.1c', 'consent'], 'step.data.basis', true)} required />
        {shown('data.legalBasisConfirmedByDpo') && (
          <ChoiceField path="data.legalBasisConfirmedByDpo" legend={t('step.data.confirmedByDpo')} hint={t('step.data.confirmedByDpo.hint')} choices={yesNo(t)} required inline />
        )}
      </Group>
      <Group id="g-retention" title={t('step.data.g.retention')} why={t('step.data.g.retention.why')} source={ruleById('KB-S05-retention-over-policy')?.source}>
        <NumberField
          path="data.retentionHours"
          label={t('step.data.retentionHours')}
          hint={t('step.data.retentionHours.hint', { max: policy.maxRetentionHours })}
          unit={t('wiz.unit.hours')}
          required
        />
        <ChoiceField path="data.autoDelete" legend={t('step.data.autoDelete')} choices={yesNo(t)} required inline />
        <TextField path="data.incidentClipRoutine" label={t('step.data.incidentClipRoutine')} hint={t('step.data.incidentClipRoutine.hint')} multiline required />
      </Group>
      <Group id="g-access" title={t('step.data.g.access')} why={t('step.data.g.access.why')} source={ruleById('KB-H06-retention-access')?.source}>
        <RepeatingList<AccessRole>
          list="data.accessRoles"
          items={a.data.accessRoles}
          title={t('step.data.accessRoles')}
          itemTitle={(i) => t('step.data.role.title', { n: i + 1 })}
          addLabel={t('step.data.role.add')}
          emptyText={t('step.data.role.empty')}
          firstField="role"
          renderItem={(_, index) => (
            <div class="item-fields field-row">
              <TextField path={`data.accessRoles.${index}.role`} label={t('step.data.role.role')} hint={t('step.data.role.role.hint')} required />
              <TextField path={`data.accessRoles.${index}.rights`} label={t('step.data.role.rights')} hint={t('step.data.role.rights.hint')} />
            </div>
          )}
        />
        <ChoiceField path="data.accessLog" legend={t('step.data.accessLog')} choices={yesNo(t)} required inline />
        <TextField path="data.policeDisclosure" label={t('step.data.policeDisclosure')} hint={t('step.data.policeDisclosure.hint')} multiline required />
      </Group>
      <Group id="g-processor" title={t('step.data.g.processor')} why={t('step.data.g.processor.why')} source={ruleById('KB-S23-no-processor-agreement')?.source}>
        <ChoiceField path="data.processorUsed" legend={t('step.data.processorUsed')} hint={t('step.data.processorUsed.hint')} choices={yesNo(t)} required inline />
        {shown('data.processorName') && <TextField path="data.processorName" label={t('step.data.processorName')} required />}
        {shown('data.processorAgreement') && <ChoiceField path="data.processorAgreement" legend={t('step.data.processorAgreement')} choices={yesNo(t)} required inline />}
        <ChoiceField path="data.storage" legend={t('step.data.storage')} choices={choices(t, ['local', 'cloud'], 'step.data.storage')} required inline />
        <ChoiceField path="data.storageInEuEea" legend={t('step.data.storageInEuEea')} choices={yesNo(t)} required inline />
        {shown('data.transferBasis') && <TextField path="data.transferBasis" label={t('step.data.transferBasis')} hint={t('step.data.transferBasis.hint')} multiline required />}
      </Group>
      <Group id="g-secrecy" title={t('step.data.g.secrecy')} why={t('step.data.g.secrecy.why')} source={ruleById('KB-S20-placement-drawings')?.source}>
        <ChoiceField path="data.placementDrawingsShared" legend={t('step.data.placementDrawingsShared')} choices={yesNo(t)} inline />
      </Group>
    </StepFrame>
  );
}
