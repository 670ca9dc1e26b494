// A signed assessment: read-only, with what was signed, by whom, the fingerprint, the PDF panel and
// "Starta ny version" (a change never touches the signed version).
import type { ComponentChildren } from 'preact';
import type { Assessment, Evaluation } from '../../domain';
import { StepHeading } from '../../../../ui/shell/StepHeading';
import { formatDate, locales, useI18n } from '../../../../ui/i18n';
import { useWizard } from './context';
import { Answers } from '../review/Answers';
import { Outcome } from '../review/Outcome';
import { StepNav } from '../../../../ui/wizard/StepNav';
import { SignedActions } from '../lifecycle/SignedActions';
import '../../../../ui/signoff/signoff.css';

export interface LockedViewProps {
  pdfActions: (a: Assessment, e: Evaluation) => ComponentChildren;
  onNewVersion: (signed: Assessment) => void;
  onDocumentChanged?: (a: Assessment) => void;
}

export function LockedView({ pdfActions, onNewVersion, onDocumentChanged }: LockedViewProps) {
  const { t, lang } = useI18n();
  const { snapshot } = useWizard();
  const { assessment, evaluation } = snapshot.context;
  const s = assessment.signoff;
  if (!s) return null;
  const signedAt = new Date(s.signedAt);
  return (
    <section class="step step--locked" aria-labelledby="locked-title">
      <StepHeading focusKey="locked">
        <span id="locked-title">{t(`sign.locked.title.${s.kind}`)}</span>
      </StepHeading>
      <p class="notice-inline">{t('sign.locked.body')}</p>
      <section class="signed" aria-labelledby="signed-title">
        <h2 id="signed-title">{t('sign.locked.signature')}</h2>
        <dl class="summary-list">
          <div>
            <dt>{t('sign.name')}</dt>
            <dd>{s.name}</dd>
          </div>
          {s.title !== '' && (
            <div>
              <dt>{t('sign.titleField')}</dt>
              <dd>{s.title}</dd>
            </div>
          )}
          <div>
            <dt>{t('sign.placeDate')}</dt>
            <dd>{[s.place, formatDate(s.date, lang)].filter(Boolean).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('sign.signedAt')}</dt>
            <dd>{Number.isNaN(signedAt.getTime()) ? s.signedAt : signedAt.toLocaleString(locales[lang])}</dd>
          </div>
          <div>
            <dt>{t('sign.signature')}</dt>
            <dd>
              {s.signature.type === 'drawn' ? (
                <img class="signed__image" src={s.signature.image} alt={t('sign.signatureOf', { name: s.name })} />
              ) : (
                <span class="signed__typed">{s.signature.typedName}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('sign.fingerprint')}</dt>
            <dd>
              <code class="fingerprint">{s.fingerprint}</code>
              <span class="field__hint">{t('sign.fingerprint.hint')}</span>
            </dd>
          </div>
        </dl>
      </section>
      <div class="pdf-slot no-print">{pdfActions(assessment, evaluation)}</div>
      <StepNav actions={[{ label: t('sign.newVersion'), onClick: () => onNewVersion(assessment), primary: true }]} />
      <SignedActions assessment={assessment} evaluation={evaluation} onChanged={(a) => onDocumentChanged?.(a)} />
      <Outcome assessment={assessment} evaluation={evaluation} />
      <Answers assessment={assessment} evaluation={evaluation} />
    </section>
  );
}
