import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { href } from '../router';
import { useServices } from '../services';
import { StepHeading } from '../shell/StepHeading';
import { createAndOpen } from '../session/newAssessment';
import { reasonKey } from '../session/reasons';
import { ImportFile } from '../settings/ImportFile';
import { OrganisationPrompt } from '../organisation/OrganisationPrompt';
import { AssessmentList } from './AssessmentList';
import { dashboard } from './dashboard';
import { ReviewNotice } from './ReviewNotice';
import { KindDueNotices, KindSections } from './KindParts';
import { useHomeData } from './useHomeData';
import './home.css';

export function Home() {
  const { t } = useI18n();
  const { storage } = useServices();
  const { state, reload } = useHomeData();
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);

  const onNew = async () => {
    setCreating(true);
    setCreateError(null);
    const result = await createAndOpen(storage);
    if (!result.ok) setCreateError(t(reasonKey(result.reason)));
    setCreating(false);
  };

  const ready = state.kind === 'ready' ? state : null;
  const parts = ready?.parts;
  // Empty only when no kind has anything stored: a device with only service validations is not empty.
  const empty = ready !== null && ready.items.length === 0 && ready.parts.length === 0;
  const dash = useMemo(() => (state.kind === 'ready' ? dashboard(state.items) : null), [state]);
  return (
    <section class="page" aria-busy={state.kind === 'loading' || creating ? 'true' : undefined}>
      <div class="page-head">
        <StepHeading>{t('home.title')}</StepHeading>
        <div class="page-head__actions">
          <ImportFile variant="compact" onImported={() => void reload()} />
          <button type="button" class="button button--primary" onClick={() => void onNew()} disabled={creating}>
            {t('home.new')}
          </button>
        </div>
      </div>
      {ready && <OrganisationPrompt setUp={ready.organisationSetUp} />}
      {dash && dash.due.length > 0 && <ReviewNotice due={dash.due} />}
      {parts && <KindDueNotices parts={parts} />}
      {creating && <p class="muted" role="status">{t('home.list.creating')}</p>}
      {createError && <p role="alert" class="list-status__error">{t('home.list.opFailed', { error: createError })}</p>}
      {ready?.needsBackup && !empty && (
        <div class="backup-reminder" role="note">
          <p>{t('home.list.backupReminder')}</p>
          <a href={`${href({ name: 'settings' })}`}>{t('home.list.backupLink')}</a>
        </div>
      )}
      {state.kind === 'loading' && <p class="muted">{t('home.list.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('home.list.loadFailed', { error: state.error })}</p>}
      {/* Also when the list has just become empty: "Ångra" for the last assessment deleted lives here. */}
      {dash && <AssessmentList dash={dash} names={ready?.names ?? null} reload={reload} />}
      {parts && <KindSections parts={parts} />}
      {empty && (
        <div class="empty-state">
          <h2>{t('home.empty.title')}</h2>
          <p>{t('home.empty.body')}</p>
          <p class="muted">{t('home.empty.privacy')}</p>
        </div>
      )}
    </section>
  );
}
