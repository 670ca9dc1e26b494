// The frame radio buttons and checkboxes share: a fieldset whose legend is the question, its hint, the
// choices and the field's messages. Each field draws only its own input.
import type { ComponentChildren } from 'preact';
import { FieldMessages, RequiredMark } from './FieldMessages';
import { FieldHint } from './FieldHead';
import { fieldId, optionId } from './paths';
import type { FieldState } from './useFieldState';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** What every question with a list of answers is given. */
export interface ChoiceQuestion {
  path: string;
  choices: Choice[];
  hint?: string;
  required?: boolean;
}

interface ChoiceFieldsetProps extends ChoiceQuestion {
  legend: string;
  state: FieldState;
  /** The fieldset's class and ARIA attributes (a radio group says more of itself than a checkbox group). */
  attributes: { class: string; role?: 'radiogroup'; 'aria-required'?: 'true' | undefined; 'aria-invalid'?: 'true' | undefined };
  /** A checkbox group's legend says "required" aloud: the group itself has no aria-required. */
  spokenRequired: boolean;
  children?: ComponentChildren;
  input: (choice: Choice, id: string) => ComponentChildren;
}

export function ChoiceFieldset({ path, legend, choices, hint, state, attributes, spokenRequired, children, input }: ChoiceFieldsetProps) {
  return (
    <fieldset id={fieldId(path)} {...attributes} aria-describedby={state.describedBy}>
      <legend class="field__label">
        {legend}
        <RequiredMark required={state.required} spoken={spokenRequired} />
      </legend>
      <FieldHint path={path} hint={hint} />
      {children}
      <div class="choices">
        {choices.map((c) => {
          const cid = optionId(path, c.value);
          return (
            <div class="choice" key={c.value}>
              {input(c, cid)}
            </div>
          );
        })}
      </div>
      <FieldMessages path={path} state={state} />
    </fieldset>
  );
}
