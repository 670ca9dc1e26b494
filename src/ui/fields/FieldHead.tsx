// The label, required mark and hint above a single input: one shape for every plain field.
import type { ComponentChildren } from 'preact';
import { RequiredMark } from './FieldMessages';
import { fieldId, hintId } from './paths';

export function FieldHead({ path, label, required, hint }: { path: string; label: ComponentChildren; required: boolean; hint?: ComponentChildren }) {
  return (
    <>
      <label for={fieldId(path)} class="field__label">
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint path={path} hint={hint} />
    </>
  );
}

/** A question's hint, which its input names in aria-describedby. */
export function FieldHint({ path, hint }: { path: string; hint?: ComponentChildren }) {
  return hint === undefined ? null : (
    <p id={hintId(path)} class="field__hint">
      {hint}
    </p>
  );
}
