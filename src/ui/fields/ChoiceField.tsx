// A question with a few answers: radio buttons in a fieldset whose legend is the question.
import type { ComponentChildren } from 'preact';
import { useWizard } from '../wizard/context';
import { FieldMessages, RequiredMark } from './FieldMessages';
import { fieldId, hintId, optionId } from './paths';
import { useFieldState } from './useFieldState';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceFieldProps {
  path: string;
  legend: string;
  choices: Choice[];
  hint?: string;
  required?: boolean;
  /** Extra content under the legend, e.g. IMY's map of public and non-public places. */
  children?: ComponentChildren;
  inline?: boolean;
}

export function ChoiceField({ path, legend, choices, hint, required = false, children, inline = false }: ChoiceFieldProps) {
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const id = fieldId(path);
  return (
    <fieldset
      id={id}
      class={`field field--choice${inline ? ' field--inline' : ''}`}
      role="radiogroup"
      aria-required={state.required ? 'true' : undefined}
      aria-invalid={state.invalid ? 'true' : undefined}
      aria-describedby={state.describedBy}
    >
      <legend class="field__label">
        {legend}
        <RequiredMark required={state.required} />
      </legend>
      {hint !== undefined && (
        <p id={hintId(path)} class="field__hint">
          {hint}
        </p>
      )}
      {children}
      <div class="choices">
        {choices.map((c) => {
          const cid = optionId(path, c.value);
          return (
            <div class="choice" key={c.value}>
              <input
                type="radio"
                id={cid}
                name={id}
                value={c.value}
                checked={state.value === c.value}
                aria-describedby={c.hint ? `${cid}-hint` : undefined}
                onChange={() => send({ type: 'answer.set', path, value: c.value })}
              />
              <label for={cid}>
                {c.label}
                {c.hint && (
                  <span id={`${cid}-hint`} class="choice__hint">
                    {c.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      <FieldMessages path={path} state={state} />
    </fieldset>
  );
}
