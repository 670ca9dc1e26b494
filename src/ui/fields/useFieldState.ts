// What a question shows besides its input: required mark, hint, findings and the missing-answer message.
import type { FindingView } from '../../engine/findings';
import { useWizard } from '../wizard/context';
import { hintId, messageId } from './paths';

export interface FieldState {
  value: unknown;
  required: boolean;
  /** Shown only after the principal pressed Nästa with gaps on this step. */
  missingShown: boolean;
  findings: FindingView[];
  /** For aria-describedby: the hint and every message under the field. */
  describedBy: string | undefined;
  invalid: boolean;
}

export function useFieldState(path: string, required = false, hasHint = false): FieldState {
  const { valueAt, isMissing, gapsShown, findings: shown } = useWizard();
  const findings = shown.filter((f) => f.field === path);
  const missing = isMissing(path);
  const missingShown = missing && gapsShown(path);
  return {
    value: valueAt(path),
    // A question the domain currently reports as missing is required, even if the form did not say so.
    required: required || missing,
    missingShown,
    findings,
    describedBy: describedBy(path, hasHint, findings.length + (missingShown ? 1 : 0)),
    invalid: missingShown || findings.some((f) => f.severity === 'block'),
  };
}

function describedBy(path: string, hasHint: boolean, messages: number): string | undefined {
  const ids = [...(hasHint ? [hintId(path)] : []), ...Array.from({ length: messages }, (_, n) => messageId(path, n))];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The same field without its "Saknas" message, for when the field already shows an error of its own. */
export function withoutMissing(path: string, state: FieldState, hasHint: boolean): FieldState {
  if (!state.missingShown) return state;
  return {
    ...state,
    missingShown: false,
    describedBy: describedBy(path, hasHint, state.findings.length),
    invalid: state.findings.some((f) => f.severity === 'block'),
  };
}
