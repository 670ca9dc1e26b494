// The findings of one step in one place, each with a way to the question that fixes it and its source.
import { fieldLabel } from '../../domain';
import type { Finding } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { FindingCard } from '../../../../ui/findings/FindingCard';
import { countBySeverity } from '../../../../ui/findings/logic';
import { plural } from '../../../../ui/wizard/plural';

export function FindingsPanel({ findings, id = 'step-findings' }: { findings: Finding[]; id?: string }) {
  const { t } = useI18n();
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
          <Item key={f.key} finding={f} />
        ))}
      </ul>
    </section>
  );
}

/** Where the finding is (the question's name), then the finding with its way there. */
function Item({ finding }: { finding: Finding }) {
  const { lang } = useI18n();
  return (
    <li>
      <p class="findings-panel__where">{fieldLabel(finding.field)[lang]}</p>
      <FindingCard finding={finding} withLink />
    </li>
  );
}
