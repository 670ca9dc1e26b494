// The answers of the multiple-choice questions, in the words of the message catalogue.
import type { Choice } from '../../../../ui/fields/ChoiceField';
import type { MessageKey, Translate } from '../../../../ui/i18n';

export const choices = (t: Translate, values: readonly string[], prefix: string, withHints = false): Choice[] =>
  values.map((value) => ({
    value,
    label: t(`${prefix}.${value}` as MessageKey),
    ...(withHints ? { hint: t(`${prefix}.${value}.hint` as MessageKey) } : {}),
  }));

export const yesNo = (t: Translate): Choice[] => choices(t, ['yes', 'no'], 'wiz.opt');
export const yesNoUnsure = (t: Translate): Choice[] => choices(t, ['yes', 'no', 'unsure'], 'wiz.opt');
export const informed = (t: Translate): Choice[] => choices(t, ['yes', 'planned', 'no'], 'wiz.informed');
