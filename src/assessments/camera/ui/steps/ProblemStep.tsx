// Step 2: the problem, the purpose, and the documented incidents.
import { INCIDENT_TYPES, ruleById } from '../../domain';
import type { Incident } from '../../domain';
import { Group, NumberField, RepeatingList, SelectField, StepFrame, TextField, useI18n, useWizard } from './kit';
import { COLUMN_LABEL, IncidentLogTools } from './IncidentLogTools';
import { choices } from './options';
import type { IncidentColumn } from '../../incidents';
import './incidents.css';

/** One incident as a row of the table: each cell is labelled with its column and row ("Datum, händelse 3"). */
function IncidentFields({ index }: { index: number }) {
  const { t } = useI18n();
  const base = `problem.incidents.${index}`;
  const label = (column: IncidentColumn) => t('step.problem.incident.cell', { column: t(COLUMN_LABEL[column]), n: index + 1 });
  return (
    <div class="item-fields">
      <TextField path={`${base}.date`} label={label('date')} type="date" required short />
      <TextField path={`${base}.time`} label={label('time')} type="time" short />
      <TextField path={`${base}.place`} label={label('place')} required />
      <SelectField path={`${base}.type`} label={label('type')} choices={choices(t, INCIDENT_TYPES, 'step.problem.type')} required />
      <TextField path={`${base}.description`} label={label('description')} multiline />
      <TextField path={`${base}.policeReportNumber`} label={label('policeReportNumber')} />
      <NumberField path={`${base}.costSek`} label={label('costSek')} unit={t('wiz.unit.sek')} />
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
        <IncidentLogTools incidents={incidents} />
        <div class="incident-table">
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
        </div>
        <TextField path="problem.needReasoning" label={t('step.problem.needReasoning')} hint={t('step.problem.needReasoning.hint')} multiline />
      </Group>
    </StepFrame>
  );
}
