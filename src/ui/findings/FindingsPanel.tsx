// The findings of one step in one place, each with a way to the question that fixes it and its source.
import type { Finding } from '../../assessments/camera/domain';
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import { FindingCard } from './FindingCard';
import { countBySeverity } from './logic';
import { plural } from '../wizard/plural';

export function FindingsPanel({ findings, id = 'step-findings' }: { findings: Finding[]; id?: string }) {
  const { t } = useI18n();
  const { label } = useWizard();
  if (findings.length === 0) return null;
  const counts = countBySeverity(findings);
  const parts = (['block', 'escalate', 'warn', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => (s === 'warn' || s === 'block' ? plural(t, `wiz.count.${s}`, counts[s]) : t(`wiz.count.${s}`, { n: counts[s] })));
  return (
    <section class="findings-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="findings-panel__title">
        {t('wiz.findings.title')}
      </h2>
      <p class="findings-panel__count">{parts.join(', ')}</p>
      <ul class="findings-panel__list">
        {findings.map((f) => (
          <li key={f.key}>
            <p class="findings-panel__where">{label(f.field)}</p>
            <FindingCard finding={f} withLink />
          </li>
        ))}
      </ul>
    </section>
  );
}
