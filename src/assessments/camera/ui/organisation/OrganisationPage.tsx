// '#/installningar/organisation': set up the organisation once (first run), from the built-in example if
// the user asks for it, and hand it on or take it in as an organisation file.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { defaultPolicy } from '../../domain';
import type { Settings } from '../../../../storage';
import { useI18n } from '../../../../ui/i18n';
import { href } from '../../../../ui/router';
import { useServices } from '../../../../ui/services';
import { StepHeading } from '../../../../ui/shell/StepHeading';
import { fieldId } from '../../../../ui/fields/paths';
import { OrganisationFields } from './OrganisationFields';
import { OrganisationFileSection } from './OrganisationFileSection';
import { emptyForm, exampleForm, formFrom, validateOrganisation, type FormErrors, type OrganisationField, type OrganisationForm } from './organisation-form';
import '../../../../ui/fields/fields.css';
import '../../../../ui/settings/settings.css';
import '../../../../ui/organisation/organisation.css';

/** The input itself, or a group's first radio button. */
function focusField(field: OrganisationField) {
  const el = document.getElementById(fieldId(`org.${field}`));
  (el instanceof HTMLFieldSetElement ? el.querySelector('input') : el)?.focus();
}

export function OrganisationPage() {
  const { t } = useI18n();
  const { storage } = useServices();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState<string>('');
  const [failure, setFailure] = useState<string>('');
  const [busy, setBusy] = useState(false);

  // Once the form is touched (typed in, or the example taken) a settings read that arrives late must not wipe it:
  // on a slow machine "Använd som utgångspunkt" could be pressed before the first read had finished.
  const touched = useRef(false);
  const edit = (next: OrganisationForm) => {
    touched.current = true;
    setForm(next);
  };
  const load = useCallback(async () => {
    const s = await storage.getSettings();
    setSettings(s);
    if (!touched.current) setForm(s.organisationSetUp ? formFrom(s.organisation, s.policy) : emptyForm());
  }, [storage]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    setFailure('');
    const checked = validateOrganisation(form, settings?.policy ?? defaultPolicy);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0] as OrganisationField | undefined;
      // The summary is announced; focus goes to the first field to correct.
      if (first) requestAnimationFrame(() => focusField(first));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await storage.setOrganisation(checked.profile, checked.policy);
      if (!saved.ok) setFailure(t('org.saveFailed', { error: saved.problems.map((p) => p.path).join(', ') }));
      else {
        setStatus(t('org.saved'));
        touched.current = false;
        await load();
      }
    } catch (err) {
      setFailure(t('org.saveFailed', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  const { maxRetentionHours: hours, reviewIntervalMonths: months } = defaultPolicy;
  return (
    <section class="page settings organisation" aria-busy={busy || !settings ? 'true' : undefined}>
      <StepHeading>{t('org.title')}</StepHeading>
      <p>{t('org.intro')}</p>
      <aside class="org-example" aria-labelledby="org-example-title">
        <h2 id="org-example-title">{t('org.example.title')}</h2>
        <p>{t('org.example.body', { hours, months })}</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            edit(exampleForm());
            setErrors({});
            setStatus(t('org.example.used'));
          }}
        >
          {t('org.example.use')}
        </button>
      </aside>
      <form class="settings-section org-form" noValidate onSubmit={(e) => void save(e)}>
        <div role="alert">{errorCount > 0 && <p class="field__error">{t('org.errorSummary', { count: errorCount })}</p>}</div>
        <OrganisationFields form={form} errors={errors} onChange={edit} />
        <div class="settings-actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('org.save')}
          </button>
        </div>
        <div role="status">{status && <p>{status}</p>}</div>
        <div role="alert">{failure && <p class="error-box">{failure}</p>}</div>
      </form>
      {settings && (
        <OrganisationFileSection
          settings={settings}
          onApplied={() => {
            touched.current = false;
            void load();
          }}
        />
      )}
      <p>
        <a href={href({ name: 'settings' })}>{t('nav.settings')}</a>
      </p>
    </section>
  );
}
