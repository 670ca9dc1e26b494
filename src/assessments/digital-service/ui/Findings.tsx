// Findings as the principal reads them: severity in words (never colour alone), the rule's message in
// plain language, its id, its source as a link, and "Ej verifierad" where the source could not be confirmed.
import type { Finding } from '../evaluate';
import { rulebook } from '../rules';
import type { DsText } from './text';

const ORDER = ['block', 'escalate', 'warn', 'info'] as const;

export function FindingList({ findings, text, headingLevel = 3 }: { findings: readonly Finding[]; text: DsText; headingLevel?: 3 | 4 }) {
  const { t } = text;
  if (findings.length === 0) return <p class="muted">{t('review.noFindings')}</p>;
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul class="plain-list ds-findings">
      {sorted.map((f) => {
        const rule = rulebook.find((r) => r.id === f.ruleId);
        return (
          <li key={f.ruleId} class={`ds-finding ds-finding--${f.severity}`}>
            <H class="ds-finding__head">
              <span class="ds-finding__sev">{t(`sev.${f.severity}`)}</span>
              {f.unverified && <span class="ds-badge">{t('unverified')}</span>}
            </H>
            <p class="ds-finding__msg">{text.k(`rule.${f.ruleId}`)}</p>
            {f.unverified && <p class="ds-finding__note">{t('unverifiedHelp')}</p>}
            <p class="ds-finding__meta">
              <span>{t('rule', { id: f.ruleId })}</span>
              {rule && (
                <span>
                  {t('source')}:{' '}
                  <a href={rule.url} target="_blank" rel="noopener noreferrer">
                    {rule.source}
                    <span class="visually-hidden"> {t('newTab')}</span>
                  </a>
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
