// "Registrera förvaltningens/huvudmannens beslut": the decision on a case the principal sent on for review
// or referred, recorded after signing (outside the fingerprint, so the signature stays valid).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Assessment, LaterDecision } from '../../domain';
import { textLimitAt } from '../../domain';
import { useI18n, type MessageKey } from '../../../../ui/i18n';
import { useOpening } from './useOpening';
import { DateField, FormDialog } from './FormDialog';
import { normalizeDate } from '../../../../ui/fields/formats';

export interface LaterDecisionDialogProps {
  /** The signed assessment; null keeps the dialog closed. */
  assessment: Assessment | null;
  today: string;
  busy: boolean;
  /** A failure to show inside the dialog (the dialog stays open). */
  error: string | null;
  onCancel: () => void;
  onSubmit: (decision: LaterDecision) => void;
}

type Errors = Partial<Record<'result' | 'date', MessageKey>>;

/** Who decides follows what was signed: a request for review goes to the administration, a referral to the owner. */
export const decidingBody = (a: Assessment): LaterDecision['by'] => (a.signoff?.kind === 'referral' ? 'owner' : 'administration');

export function LaterDecisionDialog({ assessment, today, busy, error, onCancel, onSubmit }: LaterDecisionDialogProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [by, setBy] = useState<LaterDecision['by']>('administration');
  const [result, setResult] = useState<LaterDecision['result'] | ''>('');
  const [date, setDate] = useState('');
  const [reference, setReference] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const firstInvalid = useRef<HTMLElement | null>(null);

  // Each opening starts from what is recorded (to correct it) or from the body the case was sent to.
  useOpening(assessment, today, (opened, day) => {
    const recorded = opened.laterDecision;
    setBy(recorded?.by ?? decidingBody(opened));
    setResult(recorded?.result ?? '');
    setDate(recorded?.date ?? day);
    setReference(recorded?.reference ?? '');
    setDecidedBy(recorded?.decidedBy ?? '');
    setErrors({});
  });

  useEffect(() => {
    firstInvalid.current?.focus();
    firstInvalid.current = null;
  }, [errors]);

  const submit = (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    if (result === '') found.result = 'lifecycle.later.error.result';
    // The box may still hold "4 dec 2026" when Enter submits before it was left.
    const iso = normalizeDate(date, lang);
    if (iso === null || iso === '') found.date = 'lifecycle.later.error.date';
    if (Object.keys(found).length > 0 || iso === null) {
      firstInvalid.current = document.getElementById(found.result ? `${id}-approved` : `${id}-date`);
      setErrors(found);
      return;
    }
    onSubmit({ by, result: result as LaterDecision['result'], date: iso, reference: reference.trim(), decidedBy: decidedBy.trim() });
  };

  const school = assessment?.school.schoolName.trim() || t('home.list.unnamed');
  return (
    <FormDialog
      id={id}
      open={assessment !== null}
      title={t(by === 'owner' ? 'lifecycle.later.title.owner' : 'lifecycle.later.title.administration', { school })}
      busy={busy}
      error={error}
      submitLabel={t('lifecycle.later.save')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <p>{t('lifecycle.later.help')}</p>
      <fieldset class="lifecycle-field">
        <legend class="field__label">{t('lifecycle.later.by')}</legend>
        {(['administration', 'owner'] as const).map((value) => (
          <label key={value} class="lifecycle-choice">
            <input type="radio" name={`${id}-by`} value={value} checked={by === value} onChange={() => setBy(value)} />
            <span>{t(`lifecycle.later.by.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="lifecycle-field" aria-invalid={errors.result ? 'true' : undefined} aria-describedby={errors.result ? `${id}-result-error` : undefined}>
        <legend class="field__label">{t('lifecycle.later.result')}</legend>
        {errors.result && (
          <p id={`${id}-result-error`} class="lifecycle-field__error">
            {t(errors.result)}
          </p>
        )}
        {(['approved', 'rejected'] as const).map((value) => (
          <label key={value} class="lifecycle-choice">
            <input id={`${id}-${value}`} type="radio" name={`${id}-result`} value={value} checked={result === value} onChange={() => setResult(value)} />
            <span>{t(`lifecycle.later.result.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <DateField id={`${id}-date`} label={t('lifecycle.later.date')} error={errors.date ? t(errors.date) : null} value={date} onInput={setDate} />
      <div class="lifecycle-field">
        <label class="field__label" for={`${id}-ref`}>
          {t('lifecycle.later.reference')}
        </label>
        <input id={`${id}-ref`} type="text" value={reference} maxLength={textLimitAt('laterDecision.reference')} onInput={(e) => setReference(e.currentTarget.value)} autocomplete="off" />
      </div>
      <div class="lifecycle-field">
        <label class="field__label" for={`${id}-who`}>
          {t('lifecycle.later.decidedBy')}
        </label>
        <p id={`${id}-who-hint`} class="field__hint">
          {t('lifecycle.later.decidedBy.hint')}
        </p>
        <input id={`${id}-who`} type="text" value={decidedBy} maxLength={textLimitAt('laterDecision.decidedBy')} onInput={(e) => setDecidedBy(e.currentTarget.value)} aria-describedby={`${id}-who-hint`} />
      </div>
    </FormDialog>
  );
}
