// One finding of the domain: what it means (severity in words, not colour alone), why, and its source.
// A warning can be answered with the principal's justification (justify.set).
import type { FindingView } from '../../engine/findings';
import { useDraft } from '../fields/useDraft';
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import { SourceLink } from './SourceLink';
import './findings.css';

interface Props {
  finding: FindingView;
  /** The id of the message text, for the field's aria-describedby. */
  messageId?: string;
  /** In a summary: a button that moves focus to the question that fixes it. */
  withLink?: boolean;
  /** Where the justification may be written (once per finding on a page). */
  withJustification?: boolean;
}

export function FindingCard({ finding, messageId, withLink = false, withJustification = false }: Props) {
  const { t, lang } = useI18n();
  const { goToFinding, justificationOf } = useWizard();
  const justification = finding.severity === 'warn' ? justificationOf(finding.key).trim() : '';
  return (
    <div class={`finding finding--${finding.severity}`}>
      <p id={messageId} class="finding__message">
        <strong class="finding__severity">{t(`wiz.severity.${finding.severity}`)}:</strong>{' '}
        {finding.unverified && (
          <>
            <strong class="finding__unverified">{t('wiz.finding.unverified')}</strong> ({t('wiz.finding.unverified.hint')}){' '}
          </>
        )}
        {finding.message[lang]}
      </p>
      <p class="finding__links">
        {withLink && (
          <button type="button" class="link-button" onClick={() => goToFinding(finding)}>
            {t('wiz.finding.goTo')}
          </button>
        )}
        <SourceLink source={finding.source} />
        {finding.checked && <span class="finding__checked">{t('wiz.finding.checked', { date: finding.checked })}</span>}
      </p>
      {withJustification && finding.severity === 'warn' && <Justification finding={finding} describedBy={messageId} />}
      {!withJustification && justification !== '' && (
        <p class="finding__answer">
          <strong>{t('wiz.finding.yourAnswer')}:</strong> {justification}
        </p>
      )}
    </div>
  );
}

function Justification({ finding, describedBy }: { finding: FindingView; describedBy?: string }) {
  const { t } = useI18n();
  const { justificationOf, send, textLimit } = useWizard();
  const saved = justificationOf(finding.key);
  const { draft, change } = useDraft(saved, (text) => send({ type: 'justify.set', key: finding.key, text }));
  const id = `justify-${finding.key.replace(/[^\w-]/g, '-')}`;
  return (
    <div class="finding__justify">
      <label for={id}>{t('wiz.finding.justify')}</label>
      <textarea id={id} rows={2} value={draft} maxLength={textLimit('justifications.x')} aria-describedby={describedBy} onInput={(e) => change(e.currentTarget.value)} />
      {saved.trim() !== '' && <p class="finding__answered">{t('wiz.finding.answered')}</p>}
    </div>
  );
}
