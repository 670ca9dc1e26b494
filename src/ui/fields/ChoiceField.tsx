// A question with a few answers: radio buttons in a fieldset whose legend is the question.
import type { ComponentChildren } from 'preact';
import { useWizard } from '../wizard/context';
import { ChoiceFieldset, type ChoiceQuestion } from './ChoiceFieldset';
import { fieldId } from './paths';
import { useFieldState } from './useFieldState';

export type { Choice } from './ChoiceFieldset';

export interface ChoiceFieldProps extends ChoiceQuestion {
  legend: string;
  /** Extra content under the legend, e.g. IMY's map of public and non-public places. */
  children?: ComponentChildren;
  inline?: boolean;
}

export function ChoiceField({ path, legend, choices, hint, required = false, children, inline = false }: ChoiceFieldProps) {
  const { send } = useWizard();
  const state = useFieldState(path, required, hint !== undefined);
  const attributes = {
    class: `field field--choice${inline ? ' field--inline' : ''}`,
    role: 'radiogroup' as const,
    'aria-required': state.required ? ('true' as const) : undefined,
    'aria-invalid': state.invalid ? ('true' as const) : undefined,
  };
  const name = fieldId(path);
  return (
    <ChoiceFieldset
      {...{ path, legend, choices, hint, state, attributes }}
      spokenRequired={false}
      input={(c, cid) => (
        <>
          <input
            type="radio"
            id={cid}
            name={name}
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
        </>
      )}
    >
      {children}
    </ChoiceFieldset>
  );
}
