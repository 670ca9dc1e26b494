// Step 5: the balancing of interests, with the facts the principal has given so far beside it.
import { activeCameras, ruleById } from '../../domain';
import { Group } from '../../../../ui/fields/Group';
import { TextField } from '../../../../ui/fields/TextField';
import { formatNumber, useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { plural } from '../../../../ui/wizard/plural';

function Facts() {
  const { t, lang } = useI18n();
  const { snapshot } = useWizard();
  const a = snapshot.context.assessment;
  const costs = a.problem.incidents.map((i) => i.costSek).filter((c): c is number => c !== null);
  const cost = costs.reduce((sum, c) => sum + c, 0);
  const n = a.problem.incidents.length;
  const cameras = activeCameras(a);
  const subjects = [...new Set(cameras.flatMap((c) => c.subjects))].map((s) => t(`cam.subject.${s}`).toLowerCase());
  return (
    <aside class="facts" aria-labelledby="facts-title">
      <h2 id="facts-title" class="facts__title">
        {t('step.balancing.facts')}
      </h2>
      <ul>
        <li>{costs.length > 0 ? plural(t, 'step.balancing.facts.incidents', n, { cost: formatNumber(cost, lang) }) : plural(t, 'step.balancing.facts.incidentsNoCost', n)}</li>
        <li>{plural(t, 'step.balancing.facts.measures', a.measures.items.filter((m) => m.tried === 'yes').length)}</li>
        <li>{plural(t, 'step.balancing.facts.cameras', cameras.length)}</li>
        <li>{t('step.balancing.facts.subjects', { who: subjects.length > 0 ? subjects.join(', ') : t('wiz.notAnswered').toLowerCase() })}</li>
        {a.school.youngestPupilAge !== null && <li>{t('step.balancing.facts.age', { n: a.school.youngestPupilAge })}</li>}
      </ul>
    </aside>
  );
}

export function BalancingStep() {
  const { t } = useI18n();
  return (
    <StepFrame step="balancing" intro={<p>{t('step.balancing.intro')}</p>}>
      <Facts />
      <Group id="g-balancing" title={t('step.balancing.g')} why={t('step.balancing.g.why')} source={ruleById('KB-H05-undocumented-need')?.source}>
        <TextField path="balancing.interest" label={t('step.balancing.interest')} hint={t('step.balancing.interest.hint')} multiline required />
        <TextField path="balancing.intrusion" label={t('step.balancing.intrusion')} hint={t('step.balancing.intrusion.hint')} multiline required />
        <TextField path="balancing.mitigations" label={t('step.balancing.mitigations')} hint={t('step.balancing.mitigations.hint')} multiline required />
        <TextField path="balancing.reasoning" label={t('step.balancing.reasoning')} hint={t('step.balancing.reasoning.hint')} multiline required />
      </Group>
    </StepFrame>
  );
}
