// What other tabs do to the open assessment: open it too, save it, bin it, or erase everything.
import type { StoreDoc } from '../../engine/kind';
import { useEffect, useState } from 'preact/hooks';
import type { Autosave, RemoteChange } from '../../storage';
import { useI18n } from '../i18n';
import { useServices } from '../services';

interface OtherTabsState {
  otherTabs: number;
  /** The newest revision another tab saved, 0 when none. */
  remoteRevision: number;
  binned: boolean;
  erased: boolean;
}

export interface OtherTabsProps {
  id: string;
  /** The revision this tab last loaded or saved. */
  knownRevision: number;
  /** The session's autosave: its pending changes are flushed before another tab's are loaded. */
  autosave: Autosave;
  replace: (a: StoreDoc) => void;
  /** Everything was erased in another tab: this tab must stop saving at once. */
  onErased: () => void;
}

export function OtherTabsBanner({ id, knownRevision, autosave, replace, onErased }: OtherTabsProps) {
  const { t } = useI18n();
  const { storage } = useServices();
  const [state, setState] = useState<OtherTabsState>({ otherTabs: 0, remoteRevision: 0, binned: false, erased: false });

  useEffect(() => {
    let watching = true;
    const stop = storage.watchAssessment(id, (change: RemoteChange) => {
      if (change.kind === 'erased') onErased();
      setState((s) => ({
        otherTabs: change.otherTabs,
        remoteRevision: change.kind === 'saved' ? Math.max(s.remoteRevision, change.revision) : s.remoteRevision,
        binned: s.binned || change.kind === 'binned',
        erased: s.erased || change.kind === 'erased',
      }));
    });
    // A save by another tab between this tab's load and its subscription was broadcast to nobody here:
    // read the stored revision once now that we listen, so that save is offered like any later one.
    void storage.load(id).then((stored) => {
      if (watching && stored.ok) setState((s) => ({ ...s, remoteRevision: Math.max(s.remoteRevision, stored.assessment.revision) }));
    });
    return () => {
      watching = false;
      stop();
    };
    // onErased is not a dependency: re-subscribing on each render would announce this tab again and again.
  }, [id, storage]);

  const loadTheirs = async () => {
    await autosave.flush();
    const loaded = await storage.load(id);
    if (loaded.ok) replace(loaded.assessment);
  };

  // Unsaved changes here would be lost by loading theirs; the save's conflict dialog handles that case.
  const remoteSaved = state.remoteRevision > knownRevision;
  const canLoad = remoteSaved && !autosave.hasPending();
  const messages: string[] = [];
  if (state.erased) messages.push(t('session.otherTab.erased'));
  else if (state.binned) messages.push(t('session.otherTab.binned'));
  else if (remoteSaved) messages.push(t('session.otherTab.saved'));
  else if (state.otherTabs > 0) messages.push(t('session.otherTab.open'));
  if (messages.length === 0) return null;
  return (
    <div class="session-banner session-banner--warn" role="status">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {canLoad && !state.erased && !state.binned && (
        <button type="button" class="button" onClick={() => void loadTheirs()}>
          {t('session.otherTab.load')}
        </button>
      )}
    </div>
  );
}
