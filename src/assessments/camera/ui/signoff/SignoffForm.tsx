// The sign-off: what is signed depends on the outcome (a decision, a request for the administration's
// review, or a referral to the school owner). Offered only when the machine allows a signature.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { decisionMissing, textLimitAt } from '../../domain';
import type { SignoffKind } from '../../domain';
import { busy } from '../../machine';
import type { SignoffDraft } from '../../machine';
import { useI18n } from '../../../../ui/i18n';
import { DateInput, useDateEntry } from '../../../../ui/fields/DateInput';
import { useWizard } from '../wizard/context';
import { FieldLinks } from '../../../../ui/wizard/FieldLinks';
import { plural } from '../../../../ui/wizard/plural';
import { SignatureCanvas } from '../../../../ui/signoff/SignaturePad';
import { signoffProblems } from '../../../../ui/signoff/validate';
import type { SignoffForm as Form } from '../../../../ui/signoff/validate';
import '../../../../ui/signoff/signoff.css';

export function SignoffForm({ kind }: { kind: SignoffKind }) {
  const { t, lang } = useI18n();
  const { snapshot, send, focusId, goToField, flushDrafts, latest } = useWizard();
  const { assessment, evaluation, today, signError } = snapshot.context;
  const principal = assessment.school.principal;
  const [form, setForm] = useState<Form>({
    name: principal.name,
    title: principal.title,
    place: '',
    date: today,
    attested: false,
    method: 'drawn',
    image: '',
    typedName: '',
  });
  const [tried, setTried] = useState(false);
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  // Left open past midnight, a date the signer has not changed is the new day's: a decision is dated the day it is made.
  const offered = useRef(today);
  useEffect(() => {
    const before = offered.current;
    offered.current = today;
    setForm((f) => (f.date === before ? { ...f, date: today } : f));
  }, [today]);
  const dateEntry = useDateEntry(form.date, (date) => set({ date }));
  // The date as stored; the typed text when it cannot be read, so the check refuses it.
  const checked = (): Form => ({ ...form, date: dateEntry.value ?? form.date });
  const gaps = decisionMissing(assessment, evaluation);
  const problems = tried ? signoffProblems(checked()) : [];
  const signing = busy(snapshot) === 'signing';

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    flushDrafts();
    const now = latest();
    const found = signoffProblems(checked());
    if (decisionMissing(now.context.assessment, now.context.evaluation).length > 0) return focusId('sign-gaps');
    if (found.length > 0) return focusId('sign-errors');
    const signoff: SignoffDraft = {
      name: form.name.trim(),
      title: form.title.trim(),
      place: form.place.trim(),
      date: dateEntry.value ?? '',
      attested: form.attested,
      signature: form.method === 'drawn' ? { type: 'drawn', image: form.image } : { type: 'typed', typedName: form.typedName.trim() },
    };
    const event = { type: 'sign.submit', signoff } as const;
    if (now.can(event)) send(event);
  };
  const err = (field: string) => problems.find((p) => p.field === field);
  const dateProblem = err('date');
  const described = (field: string) => (err(field) ? `sign-${field}-error` : undefined);
  const error = (field: string) => {
    const p = err(field);
    return p ? (
      <p id={`sign-${field}-error`} class="field__error">
        <strong>{t('wiz.missing.label')}:</strong> {t(p.message)}
      </p>
    ) : null;
  };

  return (
    <form class="signoff" aria-labelledby="signoff-title" onSubmit={submit} noValidate>
      <h2 id="signoff-title">{t(`sign.title.${kind}`)}</h2>
      <p>{t(`sign.what.${kind}`)}</p>
      {gaps.length > 0 && (
        <div class="gap-summary" id="sign-gaps" tabIndex={-1}>
          <p>
            <strong>{plural(t, 'sign.gaps', gaps.length)}</strong>
          </p>
          <FieldLinks links={gaps.map((m, n) => ({ key: String(n), label: m.label[lang], go: () => goToField(m.field, 'decision') }))} />
        </div>
      )}
      {problems.length > 0 && (
        <div class="gap-summary" id="sign-errors" tabIndex={-1} role="alert">
          <p>
            <strong>{plural(t, 'sign.errors', problems.length)}</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>{t(p.message)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="field-row">
        <Input id="sign-name" label={t('sign.name')} value={form.name} onInput={(v) => set({ name: v })} required describedBy={described('name')} error={error('name')} />
        <Input id="sign-title" label={t('sign.titleField')} value={form.title} onInput={(v) => set({ title: v })} />
      </div>
      <div class="field-row">
        <Input id="sign-place" label={t('sign.place')} value={form.place} onInput={(v) => set({ place: v })} />
        <div class="field">
          <label for="sign-date" class="field__label">
            {t('sign.date')}
          </label>
          <p id="sign-date-hint" class="field__hint">
            {t('date.hint')}
          </p>
          <DateInput id="sign-date" entry={dateEntry} describedBy="sign-date-hint" error={dateProblem && t(dateProblem.message)} />
        </div>
      </div>
      <div class="choice choice--single field">
        <input
          type="checkbox"
          id="sign-attested"
          checked={form.attested}
          aria-required="true"
          aria-invalid={err('attested') ? 'true' : undefined}
          aria-describedby={described('attested')}
          onChange={(e) => set({ attested: e.currentTarget.checked })}
        />
        <label for="sign-attested">
          {t(`sign.attest.${kind}`)}
          <span class="req" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        {error('attested')}
      </div>
      <fieldset class="field field--choice" id="sign-method">
        <legend class="field__label">{t('sign.method')}</legend>
        <div class="choices">
          {(['drawn', 'typed'] as const).map((m) => (
            <div class="choice" key={m}>
              <input type="radio" id={`sign-method-${m}`} name="sign-method" checked={form.method === m} onChange={() => set({ method: m })} />
              <label for={`sign-method-${m}`}>
                {t(`sign.method.${m}`)}
                <span class="choice__hint">{t(`sign.method.${m}.hint`)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {form.method === 'drawn' ? (
        <div class="field">
          <p class="field__label" id="sign-canvas-label">
            {t('sign.drawHere')}
          </p>
          <SignatureCanvas onChange={(image) => set({ image })} describedBy={described('signature')} />
          {error('signature')}
        </div>
      ) : (
        <Input
          id="sign-typed"
          label={t('sign.typedName')}
          hint={t('sign.typedName.hint')}
          value={form.typedName}
          onInput={(v) => set({ typedName: v })}
          required
          describedBy={described('signature')}
          error={error('signature')}
        />
      )}
      {signError !== null && (
        <p class="field__error" role="alert">
          {t('sign.failed')} ({signError})
        </p>
      )}
      <button type="submit" class="button button--primary" disabled={signing} aria-disabled={signing ? 'true' : undefined}>
        {signing ? t('sign.signing') : t(`sign.submit.${kind}`)}
      </button>
    </form>
  );
}

interface InputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  required?: boolean;
  describedBy?: string;
  error?: ComponentChildren;
}

function Input({ id, label, value, onInput, hint, required = false, describedBy, error }: InputProps) {
  const ids = [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id} class="field__label">
        {label}
        {required && (
          <span class="req" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        maxLength={textLimitAt('signoff.name')}
        aria-required={required ? 'true' : undefined}
        aria-invalid={describedBy ? 'true' : undefined}
        aria-describedby={ids}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error}
    </div>
  );
}
