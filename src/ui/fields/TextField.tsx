// A text, date, time, e-mail or phone question, or a longer text (multiline). Controlled by the document.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import { DateQuestion } from './DateQuestion';
import { FieldMessages } from './FieldMessages';
import { FieldHead } from './FieldHead';
import { normalizeTime } from './formats';
import { fieldId } from './paths';
import { CLICK_SETTLE_MS, useDraft } from './useDraft';
import { useFieldState } from './useFieldState';
import { LengthCounter, useTextLimit } from './LengthCounter';

export { CLICK_SETTLE_MS } from './useDraft';

export interface TextFieldProps {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  /** date and time are typed as text (4/12 2026 or ÅÅÅÅ-MM-DD, TT:MM), checked and stored normalised. */
  type?: 'text' | 'date' | 'time' | 'email' | 'tel';
  autoComplete?: string;
  /** A short code or number: a narrower box. */
  short?: boolean;
  /** The longest text the question's schema accepts, when the question says so; else the wizard's kind is asked. */
  maxLength?: number | undefined;
}

/** Dates have their own box (read in many forms, said back in words); everything else is typed here. */
export function TextField(props: TextFieldProps) {
  return props.type === 'date' ? <DateQuestion {...props} /> : <PlainTextField {...props} />;
}

function PlainTextField({ path, label, hint, required = false, multiline = false, type = 'text', autoComplete, short, maxLength }: TextFieldProps) {
  const { t } = useI18n();
  const { send } = useWizard();
  const format = type === 'time' ? normalizeTime : null;
  const formatHint = format ? t('wiz.format.time') : undefined;
  const fullHint = [hint, formatHint].filter(Boolean).join(' ') || undefined;
  const state = useFieldState(path, required, fullHint !== undefined);
  const external = typeof state.value === 'string' ? state.value : '';
  const [badFormat, setBadFormat] = useState(false);
  const id = fieldId(path);
  const limit = useTextLimit(path, id, maxLength);
  const { draft, change } = useDraft(external, (value) => {
    // Never more than restore accepts, or the saved assessment could not be opened again.
    const normal = format ? format(value) : limit.clamp(value);
    // A time that cannot be read stays in the box (and is pointed out) but never reaches the document.
    if (normal !== null) send({ type: 'answer.set', path, value: normal });
  }, (ext, typed) => ext === typed || (format !== null && format(typed) === ext));
  const formatErrorId = `${id}-format`;
  const describedBy = [state.describedBy, badFormat ? formatErrorId : '', limit.counterId(draft.length) ?? ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    maxLength: limit.limit,
    onPaste: limit.onPaste,
    'aria-required': state.required ? ('true' as const) : undefined,
    'aria-invalid': state.invalid || badFormat ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onBlur: () => {
      const normal = format ? format(draft) : draft;
      // Show the time the way it is stored once the principal leaves the box.
      if (normal !== null && normal !== draft) change(normal);
      // After the click that moved focus is over, so the message does not move the page under it.
      window.setTimeout(() => setBadFormat(normal === null), CLICK_SETTLE_MS);
    },
  };
  return (
    <div class={`field${short ? ' field--short' : ''}`}>
      <FieldHead path={path} label={label} required={state.required} hint={fullHint} />
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          onInput={(e) => {
            change(e.currentTarget.value);
            if (e.inputType !== 'insertFromPaste') limit.reset();
          }}
        />
      ) : (
        <input
          {...common}
          // Preact types each input type separately; ours are all valid.
          type={(format ? 'text' : type) as 'text'}
          inputMode={format ? 'numeric' : undefined}
          autoComplete={autoComplete ?? 'off'}
          onInput={(e) => {
            change(e.currentTarget.value);
            if (e.inputType !== 'insertFromPaste') limit.reset();
            if (badFormat && format?.(e.currentTarget.value) !== null) setBadFormat(false);
          }}
        />
      )}
      {badFormat && (
        <p id={formatErrorId} class="field__error" role="alert">
          {t('wiz.format.time.error')}
        </p>
      )}
      <LengthCounter limit={limit} length={draft.length} />
      <FieldMessages path={path} state={state} />
    </div>
  );
}
