// The organisation's policy: what applies now, a policy file to import (checked by restorePolicy), or the default.
import { useId, useState } from 'preact/hooks';
import { restorePolicy } from '../../domain';
import type { Person } from '../../domain';
import type { KindSettingsProps } from '../../../../ui/settings/kind-section';
import { useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { href } from '../../../../ui/router';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function PolicySection({ settings, onChanged }: KindSettingsProps) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const inputId = useId();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const policy = settings?.policy;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(await file.text());
      } catch (e) {
        return setMessage({ kind: 'error', text: t('settings.policy.notJson', { error: e instanceof Error ? e.message : String(e) }) });
      }
      const restored = restorePolicy(raw);
      if (!restored.ok) {
        const problems = restored.problems.slice(0, 3).map((p) => `${p.path || '–'}: ${p.message[lang]}`).join('; ');
        return setMessage({ kind: 'error', text: t('settings.policy.invalid', { problems }) });
      }
      const saved = await storage.setPolicy(restored.value);
      if (!saved.ok) return setMessage({ kind: 'error', text: t('settings.policy.invalid', { problems: saved.problems.map((p) => p.message[lang]).join('; ') }) });
      setMessage({ kind: 'ok', text: t('settings.policy.imported') });
      onChanged();
    } catch (e) {
      setMessage({ kind: 'error', text: t('settings.import.unexpected', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    await storage.setPolicy(null).catch(() => undefined);
    setMessage({ kind: 'ok', text: t('settings.policy.resetDone') });
    setBusy(false);
    onChanged();
  };

  const person = (p: Person) => [p.name, p.title, p.email, p.phone].filter((s) => s.trim() !== '').join(', ') || t('settings.policy.none');
  return (
    <section class="settings-section" aria-labelledby="policy-title" aria-busy={busy || !settings ? 'true' : undefined}>
      <h2 id="policy-title">{t('settings.policy.title')}</h2>
      <p>{t('settings.policy.help')}</p>
      <p>
        <a href={href({ name: 'organisation' })}>{t(settings?.organisationSetUp ? 'org.settingsLink' : 'org.prompt.link')}</a>
      </p>
      {settings && <p><strong>{t(settings.policyIsCustom ? 'settings.policy.custom' : 'settings.policy.default')}</strong></p>}
      {policy && (
        <dl class="settings-facts">
          <dt>{t('settings.policy.organisation')}</dt>
          <dd>{policy.organisationName || t('settings.policy.none')}</dd>
          <dt>{t('settings.policy.centralReview')}</dt>
          <dd>{t(policy.centralReviewOfPublicAreas ? 'settings.policy.yes' : 'settings.policy.no')}</dd>
          <dt>{t('settings.policy.maxRetention')}</dt>
          <dd>{t('settings.policy.hours', { hours: policy.maxRetentionHours })}</dd>
          <dt>{t('settings.policy.reviewInterval')}</dt>
          <dd>{t('settings.policy.months', { months: policy.reviewIntervalMonths })}</dd>
          <dt>{t('settings.policy.facadeWeekday')}</dt>
          <dd>{`${policy.facadeHours.weekday.from}–${policy.facadeHours.weekday.to}`}</dd>
          <dt>{t('settings.policy.facadeWeekend')}</dt>
          <dd>{`${policy.facadeHours.weekend.from}–${policy.facadeHours.weekend.to}`}</dd>
          <dt>{t('settings.policy.dpo')}</dt>
          <dd>{person(policy.dpoContact)}</dd>
          <dt>{t('settings.policy.administration')}</dt>
          <dd>{person(policy.administrationContact)}</dd>
        </dl>
      )}
      <div class="settings-actions">
        <input id={inputId} class="visually-hidden file-input" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
        <label for={inputId} class="button">
          {t('settings.policy.import')}
        </label>
        {settings?.policyIsCustom && (
          <button type="button" class="button" disabled={busy} onClick={() => void reset()}>
            {t('settings.policy.reset')}
          </button>
        )}
      </div>
      <div role="status">{message?.kind === 'ok' && <p>{message.text}</p>}</div>
      <div role="alert">{message?.kind === 'error' && <p class="error-box">{message.text}</p>}</div>
    </section>
  );
}
