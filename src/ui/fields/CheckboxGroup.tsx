// A question with several answers at once (who is filmed): checkboxes in a fieldset; the value is a list.
import { useWizard } from '../wizard/context';
import { ChoiceFieldset, type ChoiceQuestion } from './ChoiceFieldset';
import { useFieldState } from './useFieldState';

export interface CheckboxGroupProps extends ChoiceQuestion {
  legend: string;
}

export function CheckboxGroup({ path, legend, choices, hint, required = false }: CheckboxGroupProps) {
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const selected = Array.isArray(state.value) ? (state.value as string[]) : [];
  const toggle = (value: string, on: boolean) => {
    // Keep the order of the choices, so the document does not depend on the order of clicks.
    const next = choices.map((c) => c.value).filter((v) => (v === value ? on : selected.includes(v)));
    send({ type: 'answer.set', path, value: next });
  };
  return (
    <ChoiceFieldset
      {...{ path, legend, choices, hint, state }}
      attributes={{ class: 'field field--choice' }}
      spokenRequired
      input={(c, cid) => (
        <>
          <input type="checkbox" id={cid} checked={selected.includes(c.value)} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
          <label for={cid}>{c.label}</label>
        </>
      )}
    />
  );
}
