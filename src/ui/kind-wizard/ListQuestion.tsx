// A list question (conditions, sub-processors): rows of the item's fields, added and removed by keyboard,
// with focus moved to the new row's first question or back to "Lägg till" and each change announced.
import { useI18n } from '../i18n';
import { useWizard } from '../wizard/context';
import { fieldId, hintId, valueAt } from '../fields/paths';
import type { ComponentType } from 'preact';
import type { FormApi, FormQuestion } from './types';

export interface ItemFieldProps {
  form: FormApi;
  path: string;
  template: string;
  question: FormQuestion;
}

/** `Field` renders one question of a row; it is passed in because a row's question may itself be a list. */
export function ListQuestion({ form, path, template, question, Field }: ItemFieldProps & { Field: ComponentType<ItemFieldProps> }) {
  const { t } = useI18n();
  const { focusId, announce } = useWizard();
  const rows = (valueAt(form.doc, path) as readonly Record<string, unknown>[] | undefined) ?? [];
  const item = question.item ?? {};
  const keys = Object.keys(item);
  const label = form.text.label(template);
  const hint = form.text.help(template);
  const addId = `${fieldId(path)}-add`;
  const rowTitle = (n: number) => t('kw.list.row', { list: label, n: n + 1 });

  const add = () => {
    const empty = Object.fromEntries(keys.map((k) => [k, emptyOf(item[k]!)]));
    form.answer(path, [...rows, empty]);
    focusId(fieldId(`${path}.${rows.length}.${keys[0] ?? ''}`));
    announce(t('kw.list.added', { item: rowTitle(rows.length) }));
  };
  const remove = (n: number) => {
    form.answer(path, rows.filter((_, i) => i !== n));
    focusId(addId);
    announce(t('kw.list.removed', { item: rowTitle(n) }));
  };

  return (
    <fieldset id={fieldId(path)} class="field kw-list" aria-describedby={hint ? hintId(path) : undefined}>
      <legend class="field__label">{label}</legend>
      {hint && (
        <p id={hintId(path)} class="field__hint">
          {hint}
        </p>
      )}
      {rows.length === 0 && <p class="muted">{t('kw.list.empty')}</p>}
      {rows.map((_, n) => (
        <section key={n} class="kw-list__row" aria-labelledby={`${fieldId(path)}-${n}-title`}>
          <h2 id={`${fieldId(path)}-${n}-title`} class="kw-list__title">
            {rowTitle(n)}
          </h2>
          {keys.map((k) => (
            <Field key={k} form={form} path={`${path}.${n}.${k}`} template={`${template}.*.${k}`} question={item[k]!} />
          ))}
          <button type="button" class="button" onClick={() => remove(n)}>
            {t('kw.list.remove', { item: rowTitle(n) })}
          </button>
        </section>
      ))}
      <button type="button" id={addId} class="button" onClick={add}>
        {t('kw.list.add', { list: label.toLowerCase() })}
      </button>
    </fieldset>
  );
}

/** A new row's answers: the empty value each widget stores. */
function emptyOf(q: FormQuestion): unknown {
  switch (q.widget) {
    case 'number':
      return null;
    case 'multi':
    case 'list':
      return [];
    default:
      return '';
  }
}
