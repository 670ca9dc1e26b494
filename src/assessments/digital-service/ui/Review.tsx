// The last page: the derived outcome (never chosen), every finding with its source, the answers still
// missing (with the rules that need them), the approval's conditions as tasks, and the decision.
import { useState } from 'preact/hooks';
import { formatDate } from '../../../ui/i18n';
import type { StepLink } from '../../../ui/kind-wizard/KindStepPage';
import type { Evaluation } from '../evaluate';
import { KIND_ID, type ServiceDoc } from '../schema';
import { DsTable } from './DsTable';
import { FindingList } from './Findings';
import { PdfButton } from './PdfButton';
import type { DsText } from './text';

export interface ReviewProps {
  doc: ServiceDoc;
  ev: Evaluation;
  text: DsText;
  steps: readonly StepLink[];
  decidedOn: string | null;
  /** The wizard would record the decision now (a verdict the outcome allows, not yet decided). */
  canRecord: boolean;
  onDecide: () => Promise<void>;
}

const noPrefix = (key: string) => key.slice(KIND_ID.length + 1);

export function Review({ doc, ev, text, steps, decidedOn, canRecord, onDecide }: ReviewProps) {
  const { t, lang } = text;
  const [recording, setRecording] = useState(false);
  const verdictName = (v: string) => text.option('verdict', v);
  const chosen = doc.decision.verdict;
  const allowed = ev.verdicts as readonly string[];
  const stepOf = (path: string) => steps.find((s) => path.startsWith(`${s.id}.`));
  return (
    <div class="ds-review">
      <section aria-labelledby="ds-outcome" class={`ds-outcome ds-outcome--${ev.outcome}`}>
        <h2 id="ds-outcome">{t('review.outcome')}</h2>
        <p class="ds-outcome__name">{text.k(noPrefix(ev.outcomeNameKey))}</p>
        <p class="muted">{t('review.outcomeHelp')}</p>
      </section>

      <section aria-labelledby="ds-findings">
        <h2 id="ds-findings">{t('review.findings')}</h2>
        <FindingList findings={ev.findings} text={text} />
      </section>

      <section aria-labelledby="ds-missing">
        <h2 id="ds-missing">{t('missing.title', { count: ev.missing.length })}</h2>
        {ev.missing.length === 0 ? (
          <p>{t('missing.none')}</p>
        ) : (
          <ul class="ds-missing">
            {ev.missing.map((m) => {
              const step = stepOf(m.path);
              return (
                <li key={m.path}>
                  {step ? <a href={step.href}>{text.label(m.template)}</a> : text.label(m.template)}{' '}
                  {step && <span class="muted">({t('missing.in', { step: step.title })})</span>}{' '}
                  <span>{t(m.reason === 'unknown' ? 'missing.unknown' : 'missing.empty')}</span>
                  {m.rules.length > 0 && <span class="muted"> {t('missing.rules', { rules: m.rules.join(', ') })}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="ds-conditions">
        <h2 id="ds-conditions">{t('conditions.title')}</h2>
        {ev.conditions.length === 0 ? (
          <p>{t('conditions.none')}</p>
        ) : (
          <DsTable caption={t('conditions.caption')} regionId="ds-conditions-caption" columns={[t('conditions.text'), t('conditions.owner'), t('conditions.due'), t('conditions.rule'), t('conditions.state')]}>
            {ev.conditions.map((c, n) => (
              <tr key={n}>
                <td>{c.text}</td>
                <td>{c.owner || t('none')}</td>
                <td>{c.due ? formatDate(c.due, lang) : t('none')}</td>
                <td>{c.ruleId || t('none')}</td>
                <td>{t(c.done ? 'conditions.done' : 'conditions.open')}</td>
              </tr>
            ))}
          </DsTable>
        )}
        {ev.unansweredWarnings.length > 0 && <p>{t('conditions.unanswered', { rules: ev.unansweredWarnings.join(', ') })}</p>}
      </section>

      <section aria-labelledby="ds-decide">
        <h2 id="ds-decide">{t('decide.title')}</h2>
        <p>{allowed.length > 0 ? t('decide.allowed', { verdicts: allowed.map(verdictName).join(', ') }) : t('decide.none')}</p>
        {allowed.length > 0 && decidedOn === null && (
          <p>
            {chosen === ''
              ? t('decide.notChosen')
              : allowed.includes(chosen)
                ? t('decide.chosen', { verdict: verdictName(chosen) })
                : t('decide.notAllowed', { verdict: verdictName(chosen) })}
          </p>
        )}
        {canRecord && (
          <button
            type="button"
            class="button button--primary"
            disabled={recording}
            onClick={() => {
              setRecording(true);
              void onDecide().finally(() => setRecording(false));
            }}
          >
            {t('decide.record')}
          </button>
        )}
        <p role="status">
          {recording && t('decide.recording')}
          {!recording && decidedOn && t('decide.recorded', { date: formatDate(decidedOn, lang) })}
        </p>
        <PdfButton doc={doc} decidedOn={decidedOn} text={text} />
      </section>
    </div>
  );
}
