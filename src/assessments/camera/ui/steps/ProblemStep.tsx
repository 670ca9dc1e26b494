// Step 2: the problem, the purpose, and the documented incidents.
import { INCIDENT_TYPES, ruleById } from '../../domain';
import type { Incident } from '../../domain';
import { Group } from '../../../../ui/fields/Group';
import { NumberField } from '../../../../ui/fields/NumberField';
import { RepeatingList } from '../../../../ui/fields/RepeatingList';
import { SelectField } from '../../../../ui/fields/SelectField';
import { TextField } from '../../../../ui/fields/TextField';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../../../../ui/wizard/context';
import { StepFrame } from '../../../../ui/wizard/StepFrame';
import { choices } from './options';

function IncidentFields({ index }: { index: number }) {
  const { t } = useI18n();
  const base = `problem.incidents.${index}`;
  return (
    <div class="item-fields">
      <div class="field-row">
        <TextField path={`${base}.date`} label={t('step.problem.incident.date')} type="date" required short />
        <TextField path={`${base}.time`} label={t('step.problem.incident.time')} type="time" short />
      </div>
      <TextField path={`${base}.place`} label={t('step.problem.incident.place')} hint={t('step.problem.incident.place.hint')} required />
      <SelectField path={`${base}.type`} label={t('step.problem.incident.type')} choices={choices(t, INCIDENT_TYPES, 'step.problem.type')} required />
      <TextField path={`${base}.description`} label={t('step.problem.incident.description')} multiline />
      <div class="field-row">
        <TextField path={`${base}.policeReportNumber`} label={t('step.problem.incident.police')} hint={t('step.problem.incident.police.hint')} />
        <NumberField path={`${base}.costSek`} label={t('step.problem.incident.cost')} unit={t('wiz.unit.sek')} />
      </div>
    </div>
  );
}

export function ProblemStep() {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const incidents = snapshot.context.assessment.problem.incidents;
  return (
    <StepFrame step="problem" intro={<p>{t('step.problem.intro')}</p>}>
      <Group id="g-problem" title={t('step.problem.g.problem')} why={t('step.problem.g.problem.why')} source={ruleById('KB-H05-undocumented-need')?.source}>
        <TextField path="problem.description" label={t('step.problem.description')} hint={t('step.problem.description.hint')} multiline required />
        <TextField path="problem.purpose" label={t('step.problem.purpose')} hint={t('step.problem.purpose.hint')} multiline required />
      </Group>
      <Group id="g-incidents" title={t('step.problem.g.incidents')} why={t('step.problem.g.incidents.why')} source={ruleById('KB-S13-few-incidents')?.source}>
        <RepeatingList<Incident>
          list="problem.incidents"
          items={incidents}
          title={t('step.problem.incidents')}
          itemTitle={(i) => t('step.problem.incident.title', { n: i + 1 })}
          addLabel={t('step.problem.incident.add')}
          emptyText={t('step.problem.incidents.empty')}
          firstField="date"
          renderItem={(_, index) => <IncidentFields index={index} />}
        />
        <TextField path="problem.needReasoning" label={t('step.problem.needReasoning')} hint={t('step.problem.needReasoning.hint')} multiline />
      </Group>
    </StepFrame>
  );
}
