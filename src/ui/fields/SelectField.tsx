// A question with many answers (kind of area, type of incident): a native select, usable by keyboard.
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import type { ChoiceQuestion } from './ChoiceFieldset';
import { FieldMessages } from './FieldMessages';
import { FieldHead } from './FieldHead';
import { fieldId } from './paths';
import { useFieldState } from './useFieldState';

export interface SelectFieldProps extends ChoiceQuestion {
  label: string;
}

export function SelectField({ path, label, choices, hint, required = false }: SelectFieldProps) {
  const { t } = useI18n();
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const id = fieldId(path);
  const value = typeof state.value === 'string' ? state.value : '';
  return (
    <div class="field">
      <FieldHead path={path} label={label} required={state.required} hint={hint} />
      <select
        id={id}
        value={value}
        aria-required={state.required ? 'true' : undefined}
        aria-invalid={state.invalid ? 'true' : undefined}
        aria-describedby={state.describedBy}
        onChange={(e) => send({ type: 'answer.set', path, value: e.currentTarget.value })}
      >
        <option value="">{t('wiz.select.choose')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldMessages path={path} state={state} />
    </div>
  );
}
