// Step 1: the school, who is responsible, and the dates.
import { EARLIER_BASIS_KINDS, isAnnualReview, ruleById } from '../../domain';
import { AnnualReviewQuestions } from '../lifecycle/AnnualReviewQuestions';
import { usePreviousVersion } from '../lifecycle/usePreviousVersion';
import { useWizard } from '../wizard/context';
import { Group } from '../../../../ui/fields/Group';
import { ChoiceField } from '../../../../ui/fields/ChoiceField';
import { NumberField } from '../../../../ui/fields/NumberField';
import { TextField } from '../../../../ui/fields/TextField';
import { useI18n } from '../../../../ui/i18n';
import { StepFrame } from '../wizard/StepFrame';
import { choices } from './options';

type PersonKey = 'principal' | 'cameraPerson' | 'dpo';

function PersonFields({ who }: { who: PersonKey }) {
  const { t } = useI18n();
  const base = `school.${who}`;
  return (
    <fieldset class="subgroup">
      <legend class="subgroup__title">{t(`step.school.${who}`)}</legend>
      <div class="field-row">
        <TextField path={`${base}.name`} label={t('step.school.person.name')} required autoComplete={who === 'principal' ? 'name' : 'off'} />
        <TextField path={`${base}.title`} label={t('step.school.person.title')} />
      </div>
      <div class="field-row">
        <TextField path={`${base}.email`} label={t('step.school.person.email')} type="email" />
        <TextField path={`${base}.phone`} label={t('step.school.person.phone')} type="tel" />
      </div>
    </fieldset>
  );
}

/** An annual review opens with what changed since the last decision; other drafts skip it. */
function AnnualReviewIntro() {
  const { snapshot, send } = useWizard();
  const current = snapshot.context.assessment;
  const previous = usePreviousVersion(current);
  if (!isAnnualReview(current) || !previous) return null;
  return <AnnualReviewQuestions previous={previous} current={current} onAnswer={(path, value) => send({ type: 'answer.set', path, value })} />;
}

/** Only in a review of cameras already filming: what they rest on (an old IMY permit is evidence, KB-I05). */
function EarlierBasisFields() {
  const { t } = useI18n();
  const { snapshot } = useWizard();
  const basis = snapshot.context.assessment.school.earlierBasis;
  if (basis === undefined) return null;
  const documented = basis.kind === 'imyPermit' || basis.kind === 'earlierDecision';
  return (
    <Group id="g-earlier" title={t('step.school.g.earlier')} why={t('step.school.g.earlier.why')} source={ruleById('KB-I05-permit-is-evidence')?.source}>
      <ChoiceField
        path="school.earlierBasis.kind"
        legend={t('step.school.earlierBasis.kind')}
        choices={choices(t, EARLIER_BASIS_KINDS, 'step.school.earlierBasis.kind', true)}
      />
      {documented && (
        <>
          <TextField path="school.earlierBasis.reference" label={t('step.school.earlierBasis.reference')} hint={t('step.school.earlierBasis.reference.hint')} short />
          <TextField path="school.earlierBasis.date" label={t('step.school.earlierBasis.date')} type="date" short />
        </>
      )}
    </Group>
  );
}

export function SchoolStep() {
  const { t } = useI18n();
  return (
    <StepFrame step="school" intro={<p>{t('step.school.intro')}</p>}>
      <AnnualReviewIntro />
      <Group id="g-school" title={t('step.school.g.school')} why={t('step.school.g.school.why')} source={ruleById('KB-H04-municipal-basis')?.source}>
        <ChoiceField
          path="school.ownerType"
          legend={t('step.school.ownerType')}
          choices={choices(t, ['municipal', 'independent'], 'step.school.ownerType', true)}
          required
        />
        <TextField path="school.ownerName" label={t('step.school.ownerName')} hint={t('step.school.ownerName.hint')} required />
        <TextField path="school.schoolName" label={t('step.school.schoolName')} required />
        <TextField path="school.unitCode" label={t('step.school.unitCode')} hint={t('step.school.unitCode.hint')} short />
        <NumberField path="school.youngestPupilAge" label={t('step.school.youngestPupilAge')} hint={t('step.school.youngestPupilAge.hint')} unit={t('step.school.years')} max={25} required />
        <fieldset class="subgroup">
          <legend class="subgroup__title">{t('step.school.schoolDay')}</legend>
          <p class="field__hint">{t('step.school.schoolDay.hint')}</p>
          <div class="field-row">
            <TextField path="school.schoolDay.from" label={t('step.school.schoolDay.from')} type="time" required short />
            <TextField path="school.schoolDay.to" label={t('step.school.schoolDay.to')} type="time" required short />
          </div>
        </fieldset>
      </Group>
      <Group id="g-people" title={t('step.school.g.people')} why={t('step.school.g.people.why')} source={ruleById('KB-H09-dpia')?.source}>
        <PersonFields who="principal" />
        <PersonFields who="cameraPerson" />
        <PersonFields who="dpo" />
      </Group>
      <Group id="g-dates" title={t('step.school.g.dates')} why={t('step.school.g.dates.why')} source={ruleById('KB-I01-permit-era')?.source}>
        <TextField path="school.decisionDate" label={t('step.school.decisionDate')} hint={t('step.school.decisionDate.hint')} type="date" required short />
        <TextField path="school.plannedStart" label={t('step.school.plannedStart')} hint={t('step.school.plannedStart.hint')} type="date" short />
      </Group>
      <EarlierBasisFields />
    </StepFrame>
  );
}
