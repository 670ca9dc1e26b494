// The messages under a question: the missing answer (after Nästa with gaps) and the live findings.
import { useI18n } from '../i18n';
import { FindingCard } from '../findings/FindingCard';
import type { FieldState } from './useFieldState';
import { messageId } from './paths';

export function FieldMessages({ path, state }: { path: string; state: FieldState }) {
  const { t } = useI18n();
  if (!state.missingShown && state.findings.length === 0) return null;
  const offset = state.missingShown ? 1 : 0;
  return (
    <div class="field__messages">
      {state.missingShown && (
        <p id={messageId(path, 0)} class="field__error">
          <strong>{t('wiz.missing.label')}:</strong> {t('wiz.missing.answer')}
        </p>
      )}
      {state.findings.map((f, n) => (
        <FindingCard key={f.key} finding={f} messageId={messageId(path, n + offset)} withJustification />
      ))}
    </div>
  );
}

/**
 * The asterisk after a required question's label; aria-required tells screen readers. A group of
 * checkboxes cannot carry aria-required, so there the word is said instead (`spoken`).
 */
export function RequiredMark({ required, spoken = false }: { required: boolean; spoken?: boolean }) {
  const { t } = useI18n();
  if (!required) return null;
  return (
    <>
      <span class="req" aria-hidden="true">
        {' '}
        *
      </span>
      {spoken && <span class="visually-hidden"> ({t('wiz.required')})</span>}
    </>
  );
}
