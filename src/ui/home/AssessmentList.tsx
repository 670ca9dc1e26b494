// The dashboard's sections with their operations: duplicate, delete (confirmed, into the bin) with undo, and the
// lifecycle actions on signed assessments (annual review, later decision, end, reminder).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssessmentSummary } from '../../storage';
import { useI18n } from '../i18n';
import { href, navigate } from '../router';
import { useServices } from '../services';
import { Dialog } from '../shell/Dialog';
import { loadLifecycleActions as loadActions, loadLifecycleDialogs as loadDialogs } from '../../assessments/home-list';
import { StableCard, displayName, type AssessmentCardProps, type LifecycleAction } from './AssessmentCard';
import type { CardDialogs, DialogRequest } from './cardActions';
import { SECTION_IDS, type Dashboard } from './dashboard';
import { useRevealed } from './revealed';
import type { CardNames } from './useHomeData';
import { reasonKey } from '../session/reasons';

type Notice =
  | { kind: 'deleted'; id: string; name: string }
  | { kind: 'undone'; name: string }
  | { kind: 'duplicated'; id: string; name: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; error: string };

export function AssessmentList({ dash, names, reload }: { dash: Dashboard; names: CardNames | null; reload: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<AssessmentSummary | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const focusNotice = useRef(false);

  useEffect(() => {
    // The card (and the button that opened a dialog) may be gone or in another section now: focus goes to
    // "Ångra" once enabled, or to the message saying what happened.
    if (busy || !focusNotice.current) return;
    focusNotice.current = false;
    if (notice?.kind === 'deleted') undoRef.current?.focus();
    else noticeRef.current?.focus();
  }, [notice, busy]);

  const act = async (work: () => Promise<Notice | null>) => {
    setBusy(true);
    try {
      const next = await work();
      if (next) setNotice(next);
    } catch (e) {
      setNotice({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    } finally {
      await reload();
      setBusy(false);
    }
  };

  // Storage's reasons are said in the principal's language, never as the browser's English error.
  const failure = (r: { ok: false; reason: string }): Notice => ({ kind: 'failed', error: t(reasonKey(r.reason)) });
  const [dialogs, setDialogs] = useState<{ module: CardDialogs; request: DialogRequest } | null>(null);
  const dialogDone = (text: string) => {
    focusNotice.current = true;
    void act(async () => ({ kind: 'done', text }));
  };

  const duplicate = (item: AssessmentSummary) =>
    act(async () => {
      const id = crypto.randomUUID();
      const r = await storage.duplicate(item.id, id, new Date().toISOString());
      return r.ok ? { kind: 'duplicated', id, name: displayName(item, t) } : failure(r);
    });

  const remove = (item: AssessmentSummary) => {
    setConfirm(null);
    focusNotice.current = true;
    void act(async () => {
      const r = await storage.moveToBin(item.id);
      return r.ok ? { kind: 'deleted', id: item.id, name: displayName(item, t) } : failure(r);
    });
  };

  const undo = (id: string, name: string) =>
    act(async () => {
      const r = await storage.undoBin(id);
      return r.ok ? { kind: 'undone', name } : failure(r);
    });

  /** Lifecycle actions need the whole document and the kind's domain: both load on the click, never with the list. */
  const runLifecycleAction = async (action: LifecycleAction, item: AssessmentSummary) => {
    if (action === 'laterDecision' || action === 'end') {
      // No busy state here: the opener stays enabled and focused, so the dialog gives focus back to it.
      const [{ loadAssessment }, module] = await Promise.all([loadActions(), loadDialogs()]);
      const loaded = await loadAssessment(storage, item.id);
      if (!loaded.ok) {
        focusNotice.current = true;
        return setNotice(failure(loaded));
      }
      return setDialogs({ module, request: { action, assessment: loaded.assessment } });
    }
    await act(async () => {
      const { loadAssessment, downloadReminder, startReview } = await loadActions();
      const loaded = await loadAssessment(storage, item.id);
      if (!loaded.ok) return failure(loaded);
      focusNotice.current = true;
      if (action === 'reminder') return { kind: 'done', text: t('lifecycle.ics.done', { file: downloadReminder(loaded.assessment, item.nextReviewDate, lang) }) };
      const started = await startReview(storage, loaded.assessment);
      if (!started.ok) return failure(started);
      focusNotice.current = false; // the wizard's heading takes focus
      navigate({ name: 'assessment', id: started.assessment.id });
      return null;
    });
  };

  // The cards' handlers keep their identity across renders (so a card is not rendered again for nothing) and
  // call this render's functions.
  const latest = useRef({ duplicate, setConfirm, runLifecycleAction });
  latest.current = { duplicate, setConfirm, runLifecycleAction };
  const handlers = useMemo<Pick<AssessmentCardProps, 'onDuplicate' | 'onDelete' | 'onLifecycleAction'>>(
    () => ({
      onDuplicate: (i) => void latest.current.duplicate(i),
      onDelete: (i) => latest.current.setConfirm(i),
      onLifecycleAction: (action, i) => void latest.current.runLifecycleAction(action, i),
    }),
    [],
  );
  const revealed = useRevealed(SECTION_IDS.reduce((n, s) => n + dash.sections[s].length, 0));
  let budget = revealed;

  return (
    <>
      <div class="list-status" role="status">
        {notice?.kind === 'deleted' && (
          <p>
            {t('home.list.deleted', { name: notice.name })}{' '}
            <button ref={undoRef} type="button" class="button" disabled={busy} onClick={() => void undo(notice.id, notice.name)}>
              {t('home.list.undo')}
            </button>
          </p>
        )}
        {notice?.kind === 'undone' && <p>{t('home.list.undone', { name: notice.name })}</p>}
        {notice?.kind === 'duplicated' && (
          <p>
            {t('home.list.duplicated', { name: notice.name })} <a href={href({ name: 'assessment', id: notice.id })}>{t('home.list.openCopy')}</a>
          </p>
        )}
        {notice?.kind === 'done' && (
          <p ref={noticeRef} tabIndex={-1}>
            {notice.text}
          </p>
        )}
        {notice?.kind === 'failed' && (
          <p ref={noticeRef} tabIndex={-1} class="list-status__error">
            {t('home.list.opFailed', { error: notice.error })}
          </p>
        )}
      </div>
      {SECTION_IDS.map((section) => {
        const items = dash.sections[section];
        if (items.length === 0) return null;
        const titleId = `dash-${section}`;
        const shown = budget >= items.length ? items : items.slice(0, Math.max(0, budget));
        budget -= shown.length;
        return (
          <section key={section} class={`dash-section dash-section--${section}`} aria-labelledby={titleId}>
            <h2 id={titleId} class="dash-section__title">
              {t(`lifecycle.dash.section.${section}`)} <span class="dash-section__count">({items.length})</span>
            </h2>
            <p class="muted dash-section__help">{t(`lifecycle.dash.section.${section}.help`)}</p>
            <ul class="a-list" aria-label={`${t(`lifecycle.dash.section.${section}`)} – ${t('home.list.label')}`} aria-busy={busy ? 'true' : undefined}>
              {shown.map((item) => (
                <StableCard
                  key={item.id}
                  item={item}
                  section={section}
                  names={names}
                  busy={busy}
                  continuation={dash.continuedBy.get(item.id)}
                  successor={dash.supersededBy.get(item.id)}
                  {...handlers}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <Dialog
        open={confirm !== null}
        role="alertdialog"
        title={confirm ? t('home.list.confirmDelete.title', { name: displayName(confirm, t) }) : ''}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <button type="button" class="button" onClick={() => setConfirm(null)}>
              {t('home.list.cancel')}
            </button>
            <button type="button" class="button button--danger" onClick={() => confirm && remove(confirm)}>
              {t('home.list.confirmDelete.confirm')}
            </button>
          </>
        }
      >
        <p>{t('home.list.confirmDelete.body')}</p>
        {confirm?.status === 'signed' && <p>{t('home.list.confirmDelete.signed')}</p>}
      </Dialog>
      {dialogs && <dialogs.module.LifecycleDialogs request={dialogs.request} onDone={dialogDone} />}
    </>
  );
}
