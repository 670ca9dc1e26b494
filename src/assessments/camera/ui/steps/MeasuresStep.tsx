// Step 3: less intrusive measures, tried or not. Leaving with nothing accounted for stops at "try other
// measures first" (the machine decides), with advice, save-and-return, or a place to say why none can be tried.
import { MEASURE_KINDS, isApplicable, ruleById } from '../../domain';
import type { Measure } from '../../domain';
import { measuresView } from '../../machine';
import { ChoiceField, Group, RepeatingList, SelectField, StepFrame, TextField, useI18n, useWizard } from './kit';
import { choices, yesNo } from './options';
import { TryFirst } from './TryFirst';

function MeasureFields({ index }: { index: number }) {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const a = snapshot.context.assessment;
  const base = `measures.items.${index}`;
  const shown = (field: string) => isApplicable(a, `${base}.${field}`);
  return (
    <div class="item-fields">
      <SelectField path={`${base}.kind`} label={t('step.measures.kind')} choices={choices(t, MEASURE_KINDS, 'step.measures.kind')} required />
      <TextField path={`${base}.description`} label={t('step.measures.description')} hint={t('step.measures.description.hint')} multiline />
      <ChoiceField path={`${base}.tried`} legend={t('step.measures.tried')} choices={yesNo(t)} required inline />
      {shown('when') && <TextField path={`${base}.when`} label={t('step.measures.when')} type="date" short />}
      {shown('result') && <TextField path={`${base}.result`} label={t('step.measures.result')} multiline />}
      {shown('whyInsufficient') && <TextField path={`${base}.whyInsufficient`} label={t('step.measures.whyInsufficient')} multiline />}
      {shown('whyNotPossible') && (
        <TextField path={`${base}.whyNotPossible`} label={t('step.measures.whyNotPossible')} hint={t('step.measures.whyNotPossible.hint')} multiline required />
      )}
    </div>
  );
}

export function MeasuresStep() {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const view = measuresView(snapshot);
  if (view === 'tryFirst') return <TryFirst />;
  const items = snapshot.context.assessment.measures.items;
  return (
    <StepFrame step="measures" intro={<p>{t('step.measures.intro')}</p>}>
      {view === 'writeReason' && (
        <p class="notice-inline" id="measures-write-reason">
          {t('step.measures.writeReason')}
        </p>
      )}
      <Group id="g-measures" title={t('step.measures.g.measures')} why={t('step.measures.g.measures.why')} source={ruleById('KB-H05-no-alternatives')?.source}>
        <RepeatingList<Measure>
          list="measures.items"
          items={items}
          title={t('step.measures.items')}
          itemTitle={(i) => t('step.measures.item.title', { n: i + 1 })}
          addLabel={t('step.measures.add')}
          emptyText={t('step.measures.empty')}
          firstField="kind"
          renderItem={(_, index) => <MeasureFields index={index} />}
        />
      </Group>
      <Group id="g-none" title={t('step.measures.g.none')} why={t('step.measures.g.none.why')} source={ruleById('KB-H05-no-alternatives')?.source}>
        <TextField path="measures.noneReason" label={t('step.measures.noneReason')} hint={t('step.measures.noneReason.hint')} multiline />
      </Group>
    </StepFrame>
  );
}
