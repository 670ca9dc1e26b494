// One question of a kind's definition as a generic field: the widget picks the field, the kind's words
// give the label, the help text and each option's label ("Vet inte" is an option like any other).
import { useI18n } from '../i18n';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { ListQuestion, type ItemFieldProps } from './ListQuestion';
import { limitOf, optionsOf } from './types';

export type QuestionFieldProps = ItemFieldProps;

/** Long texts get a text area. */
const LONG_TEXT = 1000;

export function QuestionField({ form, path, template, question: q }: QuestionFieldProps) {
  const { text } = form;
  const label = text.label(template);
  const hint = text.help(template);
  const choices = () => optionsOf(q).map((value) => ({ value, label: text.option(q.optionSet ?? '', value) }));
  switch (q.widget) {
    case 'text': {
      const max = limitOf(q.schema, 'max_length');
      return <TextField path={path} label={label} hint={hint} required={q.required} multiline={(max ?? 2000) >= LONG_TEXT} maxLength={max} />;
    }
    case 'date':
      return <TextField path={path} label={label} hint={hint} required={q.required} type="date" short />;
    case 'number':
      return <NumberField path={path} label={label} hint={hint} required={q.required} min={limitOf(q.schema, 'min_value')} max={limitOf(q.schema, 'max_value')} />;
    case 'yesNo':
      return <ChoiceField path={path} legend={label} hint={hint} required={q.required} choices={choices()} inline />;
    case 'choice':
      return <ChoiceField path={path} legend={label} hint={hint} required={q.required} choices={choices()} />;
    case 'multi':
      return <CheckboxGroup path={path} legend={label} hint={hint} required={q.required} choices={choices()} />;
    case 'list':
      return <ListQuestion form={form} path={path} template={template} question={q} Field={QuestionField} />;
  }
}

/** Shown where a kind's question has no field yet (never expected; visible rather than silent). */
export function UnknownWidget({ path }: { path: string }) {
  const { t } = useI18n();
  return <p class="muted">{t('placeholder.body')} ({path})</p>;
}
