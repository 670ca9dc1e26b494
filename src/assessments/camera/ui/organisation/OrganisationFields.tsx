// The inputs of the organisation form: plain controlled fields (not bound to an assessment), each with
// its label, hint and the one message that says what is wrong, tied by aria-describedby.
import { RequiredMark } from '../../../../ui/fields/FieldMessages';
import { FieldHead } from '../../../../ui/fields/FieldHead';
import { fieldId, hintId, optionId } from '../../../../ui/fields/paths';
import { useI18n, type MessageKey } from '../../../../ui/i18n';
import type { FormErrors, OrganisationField, OrganisationForm } from './organisation-form';

interface Props {
  form: OrganisationForm;
  errors: FormErrors;
  onChange: (form: OrganisationForm) => void;
}

const path = (field: OrganisationField) => `org.${field}`;
export const errorId = (field: OrganisationField) => `${fieldId(path(field))}-error`;

function ErrorText({ field, errors }: { field: OrganisationField; errors: FormErrors }) {
  const { t } = useI18n();
  const key = errors[field];
  return key ? <p id={errorId(field)} class="field__error">{t(key)}</p> : null;
}

const describedBy = (field: OrganisationField, errors: FormErrors, hint: boolean) =>
  [hint ? hintId(path(field)) : '', errors[field] ? errorId(field) : ''].filter(Boolean).join(' ') || undefined;

type TextKey = 'ownerName' | 'administrationName' | 'dpoName' | 'dpoContact' | 'maxRetentionHours' | 'reviewIntervalMonths';
const HINTS: Partial<Record<TextKey, MessageKey>> = { ownerName: 'org.ownerName.hint', administrationName: 'org.administrationName.hint' };

export function OrganisationFields({ form, errors, onChange }: Props) {
  const { t } = useI18n();
  const set = <K extends OrganisationField>(k: K, value: OrganisationForm[K]) => onChange({ ...form, [k]: value });
  const text = (k: TextKey, required: boolean, numeric = false) => {
    const hint = HINTS[k];
    return (
      <div class={`field${numeric ? ' field--short' : ''}`}>
        <FieldHead path={path(k)} label={t(`org.${k}`)} required={required} hint={hint ? t(hint) : undefined} />
        <input
          id={fieldId(path(k))}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          value={form[k]}
          maxLength={numeric ? 6 : 500}
          aria-required={required ? 'true' : undefined}
          aria-invalid={errors[k] ? 'true' : undefined}
          aria-describedby={describedBy(k, errors, hint !== undefined)}
          onInput={(e) => set(k, e.currentTarget.value)}
        />
        <ErrorText field={k} errors={errors} />
      </div>
    );
  };
  return (
    <>
      <fieldset id={fieldId(path('ownerType'))} class="field field--choice" role="radiogroup" aria-required="true" aria-invalid={errors.ownerType ? 'true' : undefined} aria-describedby={describedBy('ownerType', errors, false)}>
        <legend class="field__label">
          {t('org.ownerType')}
          <RequiredMark required />
        </legend>
        <div class="choices">
          {(['municipal', 'independent'] as const).map((value) => (
            <div class="choice" key={value}>
              <input type="radio" id={optionId(path('ownerType'), value)} name="org-ownerType" value={value} checked={form.ownerType === value} onChange={() => set('ownerType', value)} />
              <label for={optionId(path('ownerType'), value)}>{t(`org.ownerType.${value}`)}</label>
            </div>
          ))}
        </div>
        <ErrorText field="ownerType" errors={errors} />
      </fieldset>
      {text('ownerName', true)}
      {text('administrationName', form.ownerType !== 'independent')}
      {text('dpoName', true)}
      {text('dpoContact', false)}
      {text('maxRetentionHours', true, true)}
      <div class="choice">
        <input
          type="checkbox"
          id={fieldId(path('centralReviewOfPublicAreas'))}
          checked={form.centralReviewOfPublicAreas}
          onChange={(e) => set('centralReviewOfPublicAreas', e.currentTarget.checked)}
        />
        <label for={fieldId(path('centralReviewOfPublicAreas'))}>{t('org.centralReviewOfPublicAreas')}</label>
      </div>
      {text('reviewIntervalMonths', true, true)}
    </>
  );
}
