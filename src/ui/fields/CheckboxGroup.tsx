// A question with several answers at once (who is filmed): checkboxes in a fieldset; the value is a list.
import { useWizard } from '../wizard/context';
import type { Choice } from './ChoiceField';
import { FieldMessages, RequiredMark } from './FieldMessages';
import { fieldId, hintId, optionId } from './paths';
import { useFieldState } from './useFieldState';

export interface CheckboxGroupProps {
  path: string;
  legend: string;
  choices: Choice[];
  hint?: string;
  required?: boolean;
}

export function CheckboxGroup({ path, legend, choices, hint, required = false }: CheckboxGroupProps) {
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const id = fieldId(path);
  const selected = Array.isArray(state.value) ? (state.value as string[]) : [];
  const toggle = (value: string, on: boolean) => {
    // Keep the order of the choices, so the document does not depend on the order of clicks.
    const next = choices.map((c) => c.value).filter((v) => (v === value ? on : selected.includes(v)));
    send({ type: 'answer.set', path, value: next });
  };
  return (
    <fieldset id={id} class="field field--choice" aria-describedby={state.describedBy}>
      <legend class="field__label">
        {legend}
        <RequiredMark required={state.required} spoken />
      </legend>
      {hint !== undefined && (
        <p id={hintId(path)} class="field__hint">
          {hint}
        </p>
      )}
      <div class="choices">
        {choices.map((c) => {
          const cid = optionId(path, c.value);
          return (
            <div class="choice" key={c.value}>
              <input type="checkbox" id={cid} checked={selected.includes(c.value)} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
              <label for={cid}>{c.label}</label>
            </div>
          );
        })}
      </div>
      <FieldMessages path={path} state={state} />
    </fieldset>
  );
}
