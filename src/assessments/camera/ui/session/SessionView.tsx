// An opened assessment: autosave, the other tabs, the conflict dialog, and the wizard itself.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Assessment, Evaluation } from '../../domain';
import { startNewVersion } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { navigate } from '../../../../ui/router';
import { useServices } from '../../../../ui/services';
import { downloadText } from '../../../../ui/shell/download';
import { PdfActions } from './PdfActions';
import type { LoadState } from './useAssessmentLoad';
import { useAutosave } from './useAutosave';
import { SaveStatus } from '../../../../ui/session/SaveStatus';
import { OtherTabsBanner } from '../../../../ui/session/OtherTabs';
import { ConflictDialog } from '../../../../ui/session/ConflictDialog';
import { SignedReminder } from '../../../../ui/session/SignedReminder';
import { WizardPage } from '../wizard/WizardPage';
import { RecoveryBanner } from '../../../../ui/session/RecoveryBanner';
import { reasonKey } from '../../../../ui/session/reasons';
import { useToday } from '../../../../ui/today';

export interface SessionViewProps {
  loaded: Extract<LoadState, { kind: 'ready' }>;
}

export function SessionView({ loaded }: SessionViewProps) {
  const { t } = useI18n();
  // The wizard judges by the day it is now: a page left open past midnight moves on to the new day.
  const today = useToday();
  const services = useServices();
  const { storage } = services;
  const save = useAutosave(loaded.assessment.revision, loaded.recovery.kind === 'applied');
  const [doc, setDoc] = useState({ assessment: loaded.assessment, generation: 0 });
  const [deletedAt, setDeletedAt] = useState(loaded.deletedAt);
  const [signedNote, setSignedNote] = useState<'saved' | 'failed' | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The journal's state opened instead of the older record: store it now (it stays journalled until then).
  useEffect(() => {
    if (loaded.recovery.kind === 'applied') save.persist(loaded.assessment);
  }, []);

  /** Starts the wizard afresh on `a` (after taking the other tab's version). */
  const replace = (a: Assessment) => {
    save.settle(a);
    setDoc((d) => ({ assessment: a, generation: d.generation + 1 }));
  };

  /** The way out of a failed save: this tab's state, from memory, as a backup file the import reads. */
  const backupNow = async () => {
    const file = await services.backupOf([save.latest.current ?? doc.assessment]);
    downloadText(file.text, file.fileName);
  };

  /** After signing: everything on this device, which also clears the "export a backup" reminder. */
  const exportAll = async () => {
    const result = await storage.exportBackup();
    if (result.ok) downloadText(result.text, result.fileName);
    else await backupNow();
  };

  const onSigned = async (a: Assessment): Promise<void> => {
    save.persist(a);
    await save.autosave.flush();
    const status = save.autosave.status();
    const ok = typeof status === 'object' && 'saved' in status;
    setSignedNote(ok ? 'saved' : 'failed');
    if (!ok) throw new Error(t('session.signed.saveFailed'));
  };

  const onNewVersion = (signed: Assessment) => {
    void (async () => {
      const next = startNewVersion(signed, crypto.randomUUID(), new Date());
      const result = await storage.save(next, 0);
      if (result.ok) navigate({ name: 'assessment', id: next.id });
      else setError(t('session.newVersion.failed', { reason: t(reasonKey(result.reason)) }));
    })();
  };

  const onExit = () => {
    void save.autosave.flush().finally(() => navigate({ name: 'home' }));
  };

  const pdfActions = useMemo(() => (a: Assessment, evaluation: Evaluation) => <PdfActions assessment={a} evaluation={evaluation} />, []);

  const knownRevision = typeof save.status === 'object' && 'saved' in save.status ? save.status.revision : doc.assessment.revision;
  const status = (
    <SaveStatus
      status={save.status}
      journalled={save.journalled}
      onBackup={() => void backupNow()}
      onRetry={() => void save.autosave.flush()}
    />
  );

  return (
    <>
      <RecoveryBanner id={loaded.assessment.id} recovery={loaded.recovery} />
      {deletedAt && (
        <div class="session-banner session-banner--warn">
          <p>{t('session.inBin')}</p>
          <button
            type="button"
            class="button"
            onClick={() => void storage.undoBin(loaded.assessment.id).then((r) => r.ok && setDeletedAt(null))}
          >
            {t('session.restoreFromBin')}
          </button>
        </div>
      )}
      <OtherTabsBanner id={loaded.assessment.id} knownRevision={knownRevision} autosave={save.autosave} replace={replace} onErased={() => save.stop(loaded.assessment.id)} />
      {error && (
        <div class="session-banner session-banner--warn" role="alert">
          <p>{error}</p>
        </div>
      )}
      {signedNote && <SignedReminder state={signedNote} onBackup={() => void (signedNote === 'saved' ? exportAll() : backupNow())} onClose={() => setSignedNote(null)} />}
      <WizardPage
        key={doc.generation}
        assessment={doc.assessment}
        policy={loaded.policy}
        today={today}
        persist={save.persist}
        onExit={onExit}
        onSigned={onSigned}
        onNewVersion={onNewVersion}
        saveStatus={status}
        pdfActions={pdfActions}
        onDocumentChanged={replace}
      />
      <ConflictDialog
        status={save.status}
        mine={() => save.latest.current}
        onTakeTheirs={replace}
        onKeptMine={(a) => save.settle(a)}
        onKeptBoth={(copy, theirs) => {
          save.settle(theirs);
          navigate({ name: 'assessment', id: copy.id });
        }}
      />
    </>
  );
}
