// The organisation file: save it for the schools, or read one in. Reading shows what would change and
// asks first; a file that is not exactly an organisation file gets one message and changes nothing.
import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../../../storage';
import { useI18n, type MessageKey } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { downloadText } from '../../../../ui/shell/download';
import { organisationChanges, organisationFile, readOrganisationFile, type Change } from './organisation-file';
import type { OrganisationProfile, Policy } from '../../domain';

type Pending = { profile: OrganisationProfile; policy: Policy; changes: Change[] };
type Message = { kind: 'ok' | 'error'; text: string } | null;

export function OrganisationFileSection({ settings, onApplied }: { settings: Settings; onApplied: () => void }) {
  const { t } = useI18n();
  const { storage } = useServices();
  const inputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  const shown = (c: Change, value: string) =>
    c.field === 'ownerType' && value !== '' ? t(`org.ownerType.${value}` as MessageKey) : value || t('org.empty');

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    setPending(null);
    const read = file.size > 1_000_000 ? ({ ok: false, reason: 'org.file.tooBig' } as const) : readOrganisationFile(await file.text());
    if (!read.ok) return setMessage({ kind: 'error', text: t(read.reason) });
    const before = { profile: settings.organisation, policy: settings.policy };
    setPending({ ...read, changes: organisationChanges(before, read, (b) => t(b ? 'org.yes' : 'org.no')) });
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const saved = await storage.setOrganisation(pending.profile, pending.policy);
      setMessage(saved.ok ? { kind: 'ok', text: t('org.file.applied') } : { kind: 'error', text: t('org.file.invalid') });
      if (saved.ok) onApplied();
    } catch (e) {
      setMessage({ kind: 'error', text: t('org.saveFailed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  const canExport = settings.organisationSetUp && settings.organisation !== null;
  return (
    <section class="settings-section" aria-labelledby="org-file-title">
      <h2 id="org-file-title">{t('org.file.title')}</h2>
      <p>{t('org.file.help')}</p>
      <div class="settings-actions">
        {canExport && settings.organisation && (
          <button type="button" class="button" onClick={() => settings.organisation && downloadText(organisationFile(settings.organisation, settings.policy), 'organisationsfil.json')}>
            {t('org.file.export')}
          </button>
        )}
        <input id={inputId} class="visually-hidden file-input" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
        <label for={inputId} class="button">
          {t('org.file.import')}
        </label>
      </div>
      {pending && (
        <div class="org-changes" role="region" aria-labelledby="org-changes-title">
          <h3 id="org-changes-title">{pending.changes.length > 0 ? t('org.file.changes') : t('org.file.noChanges')}</h3>
          {pending.changes.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col"><span class="visually-hidden">{t('org.title')}</span></th>
                  <th scope="col">{t('org.file.from')}</th>
                  <th scope="col">{t('org.file.to')}</th>
                </tr>
              </thead>
              <tbody>
                {pending.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{t(`org.${c.field}`)}</th>
                    <td>{shown(c, c.from)}</td>
                    <td>{shown(c, c.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class="settings-actions">
            <button type="button" class="button button--primary" disabled={busy} onClick={() => void apply()}>
              {t('org.file.apply')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => { setPending(null); setMessage({ kind: 'ok', text: t('org.file.cancelled') }); }}>
              {t('org.file.cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status">{message?.kind === 'ok' && <p>{message.text}</p>}</div>
      <div role="alert">{message?.kind === 'error' && <p class="error-box">{message.text}</p>}</div>
    </section>
  );
}
