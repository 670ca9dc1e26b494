// The measures step's stop: nothing tried and no reason given. IMY's most common reason to refuse was
// an undocumented need and nothing less intrusive tried, so the principal is told what to try.
import { MEASURE_KINDS, ruleById } from '../../domain';
import type { MeasureKind } from '../../domain';
import { SourceLink } from '../../../../ui/findings/SourceLink';
import { fieldId } from '../../../../ui/fields/paths';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { StepNav } from '../../../../ui/wizard/StepNav';

type Advised = Exclude<MeasureKind, 'other'>;
const ADVICE = MEASURE_KINDS.filter((k): k is Advised => k !== 'other');

export function TryFirst() {
  const { t } = useI18n();
  const { snapshot, send, focusId, announce, saveAndExit } = useWizard();
  const items = snapshot.context.assessment.measures.items;
  const source = ruleById('KB-H05-no-alternatives')?.source;

  const addMeasure = (kind: Advised) => {
    const id = crypto.randomUUID();
    send({ type: 'item.add', list: 'measures.items', id });
    send({ type: 'answer.set', path: `measures.items.${items.length}.kind`, value: kind });
    send({ type: 'nav.back' });
    focusId(fieldId(`measures.items.${items.length}.tried`));
    announce(t('step.measures.tryFirst.added', { kind: t(`step.measures.kind.${kind}`) }));
  };

  const recordReason = () => {
    send({ type: 'measures.recordReason' });
    focusId(fieldId('measures.noneReason'));
  };
  const nav = (
    <StepNav
      wrap
      actions={[
        { label: t('step.measures.tryFirst.back'), onClick: () => send({ type: 'nav.back' }) },
        { label: t('step.measures.tryFirst.reason'), onClick: recordReason },
        { label: t('step.measures.tryFirst.save'), onClick: saveAndExit, primary: true },
        { label: t('step.measures.tryFirst.continue'), onClick: () => send({ type: 'nav.next' }) },
      ]}
    />
  );

  return (
    <StepFrame step="measures" title={t('step.measures.tryFirst.title')} focusKey="measures:tryFirst" nav={nav} findings={[]} requiredNote={false}>
      <p>{t('step.measures.tryFirst.body')}</p>
      <h2 class="group__title">{t('step.measures.tryFirst.adviceTitle')}</h2>
      <ul class="plain-list advice">
        {ADVICE.map((kind) => (
          <li key={kind} class="advice__item">
            <p>
              <strong>{t(`step.measures.kind.${kind}`)}</strong>: {t(`step.measures.advice.${kind}`)}
            </p>
            <button type="button" class="button" onClick={() => addMeasure(kind)}>
              {t('step.measures.tryFirst.add')}
              <span class="visually-hidden"> {t(`step.measures.kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {source && (
        <p>
          <SourceLink source={source} />
        </p>
      )}
      <p>{t('step.measures.tryFirst.then')}</p>
    </StepFrame>
  );
}
