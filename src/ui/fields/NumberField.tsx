// A number question (age, cost, retention hours); empty means not answered (null in the document).
import { useWizard } from '../wizard/context';
import { FieldMessages } from './FieldMessages';
import { FieldHead } from './FieldHead';
import { fieldId } from './paths';
import { useDraft } from './useDraft';
import { useFieldState } from './useFieldState';

export interface NumberFieldProps {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  /** A unit shown after the box ("timmar", "kr"). */
  unit?: string;
}

export function NumberField({ path, label, hint, required = false, min = 0, max, unit }: NumberFieldProps) {
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const external = typeof state.value === 'number' ? String(state.value) : '';
  const { draft, change } = useDraft(external, (text) => {
    const n = text.trim() === '' ? null : Number(text.replace(',', '.'));
    if (n === null || Number.isFinite(n)) send({ type: 'answer.set', path, value: n });
  });
  const id = fieldId(path);
  return (
    <div class="field field--short">
      <FieldHead path={path} label={label} required={state.required} hint={hint} />
      <span class="field__with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft}
          aria-required={state.required ? 'true' : undefined}
          aria-invalid={state.invalid ? 'true' : undefined}
          aria-describedby={state.describedBy}
          onInput={(e) => change(e.currentTarget.value)}
        />
        {unit !== undefined && <span class="field__unit">{unit}</span>}
      </span>
      <FieldMessages path={path} state={state} />
    </div>
  );
}
