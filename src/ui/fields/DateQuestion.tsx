// A date question in the wizard: the shared date box, bound to the document through a draft. A date that
// cannot be read stays in the box (and is pointed out) but never reaches the document.
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import { DateInput, useDateEntry } from './DateInput';
import { FieldHead } from './FieldHead';
import { FieldMessages } from './FieldMessages';
import { normalizeDate } from './formats';
import { fieldId } from './paths';
import { useDraft } from './useDraft';
import { useFieldState, withoutMissing } from './useFieldState';

export interface DateQuestionProps {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  short?: boolean;
}

export function DateQuestion({ path, label, hint, required = false, short }: DateQuestionProps) {
  const { t, lang } = useI18n();
  const { send } = useWizard();
  const fullHint = [hint, t('date.hint')].filter(Boolean).join(' ');
  const state = useFieldState(path, required, true);
  const external = typeof state.value === 'string' ? state.value : '';
  const { draft, change } = useDraft(
    external,
    (typed) => {
      const iso = normalizeDate(typed, lang);
      if (iso !== null) send({ type: 'answer.set', path, value: iso });
    },
    (ext, typed) => ext === typed || normalizeDate(typed, lang) === ext,
  );
  const entry = useDateEntry(draft, change);
  // "Cannot be read" already says the answer is not there; "Saknas" beside it would be a second error.
  const shown = entry.bad ? withoutMissing(path, state, true) : state;
  return (
    <div class={`field${short ? ' field--short' : ''}`}>
      <FieldHead path={path} label={label} required={state.required} hint={fullHint} />
      <DateInput id={fieldId(path)} entry={entry} describedBy={shown.describedBy} invalid={shown.invalid} required={state.required} />
      <FieldMessages path={path} state={shown} />
    </div>
  );
}
