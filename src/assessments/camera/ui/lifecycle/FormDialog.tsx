// The frame the lifecycle dialogs share: a form in a dialog with Avbryt and one submit button, the failure
// inside the dialog (it stays open), and a date field with its hint and error.
import type { ComponentChildren, Ref } from 'preact';
import { useI18n } from '../../../../ui/i18n';
import { Dialog } from '../../../../ui/shell/Dialog';
import { DateInput, useDateEntry } from '../../../../ui/fields/DateInput';
import './lifecycle.css';

export interface FormDialogProps {
  id: string;
  open: boolean;
  title: string;
  role?: 'dialog' | 'alertdialog';
  busy: boolean;
  error: string | null;
  submitLabel: string;
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (e: Event) => void;
  children: ComponentChildren;
}

export function FormDialog({ id, open, title, role = 'dialog', busy, error, submitLabel, danger = false, onCancel, onSubmit, children }: FormDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open={open}
      role={role}
      title={title}
      onClose={onCancel}
      busy={busy}
      actions={
        <>
          <button type="button" class="button" onClick={onCancel} disabled={busy}>
            {t('lifecycle.cancel')}
          </button>
          <button type="submit" form={`${id}-form`} class={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} class="lifecycle-form" onSubmit={onSubmit} noValidate>
        {children}
        {error && (
          <p role="alert" class="lifecycle-field__error">
            {t('lifecycle.failed', { error })}
          </p>
        )}
      </form>
    </Dialog>
  );
}

export interface DateFieldProps {
  /** The input's id; the hint and error take it as a prefix. */
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  /** The text in the box; ÅÅÅÅ-MM-DD once the principal leaves it, if it can be read. */
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The app's one date box (typed, said back in words), with the dialog's label and hint. */
export function DateField({ id, label, hint, error, value, onInput, inputRef }: DateFieldProps) {
  const { t } = useI18n();
  const entry = useDateEntry(value, onInput);
  const fullHint = [hint, t('date.hint')].filter(Boolean).join(' ');
  return (
    <div class="lifecycle-field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <p id={`${id}-hint`} class="field__hint">
        {fullHint}
      </p>
      <DateInput id={id} entry={entry} error={error} describedBy={`${id}-hint`} inputRef={inputRef} />
    </div>
  );
}
