// Where the validation stands on disk, and what other tabs did to it, said politely; the shared rule (shownStatus)
// decides what may be said: "sparat" only once the write has committed, and not while a field still holds typing.
import { formatTime } from '../../../ui/i18n';
import { CalmStatus } from '../../../ui/session/CalmStatus';
import { lineStateOf, shownStatus } from '../../../ui/session/shownStatus';
import { useTypingHeld } from '../../../ui/wizard/drafts';
import type { DsText } from './text';
import type { ServiceSave } from './useServiceDoc';

function wordsOf(save: ServiceSave, text: DsText): string {
  const { t } = text;
  if (save === 'pending') return t('save.pending');
  if (save === 'saving') return t('save.saving');
  // Nothing saved on this visit yet: the line stays quiet.
  if (save === 'idle') return '';
  if ('saved' in save) return t('save.saved', { time: formatTime(save.saved) });
  if (save.error === 'conflict') return t(save.decided ? 'save.conflict.decided' : 'save.conflict');
  return t('save.failed', { error: save.message });
}

export interface SaveLineProps {
  save: ServiceSave;
  text: DsText;
  /** Other tabs with the validation open, whether one saved it since this tab read it, or erased everything. */
  others: { open: number; saved: boolean; erased: boolean };
  onRetry: () => void;
  /** A conflict: read the version the other tab saved (this tab's unsaved changes are dropped). */
  onLoadStored: () => void;
  /** A conflict: save this tab's version over the other tab's (offered only when that one is not decided). */
  onKeepMine: () => void;
}

export function SaveLine({ save: reported, text, others, onRetry, onLoadStored, onKeepMine }: SaveLineProps) {
  const save = shownStatus(reported, useTypingHeld());
  const state = lineStateOf(save);
  const conflict = typeof save === 'object' && 'error' in save && save.error === 'conflict' ? save : null;
  // Another tab's save can be read here at once while this tab has nothing unsaved; otherwise the save says so.
  const settled = save === 'idle' || (typeof save === 'object' && 'saved' in save);
  // What other tabs did: everything erased (nothing here is saved any more), or the validation open or saved there.
  const elsewhere = others.erased ? 'tabs.erased' : conflict ? null : others.saved ? 'tabs.saved' : others.open > 0 ? 'tabs.open' : null;
  const banner = elsewhere && (
    <div class="session-banner session-banner--warn" role="status">
      <p>{text.t(elsewhere)}</p>
      {elsewhere === 'tabs.saved' && settled && (
        <button type="button" class="button" onClick={onLoadStored}>
          {text.t('save.conflict.load')}
        </button>
      )}
    </div>
  );
  if (others.erased) return <div class="ds-save">{banner}</div>;
  return (
    <div class="ds-save">
      {banner}
      <CalmStatus class={state === 'failed' ? 'ds-save__failed' : 'muted'} text={wordsOf(save, text)} state={state} />
      {conflict ? (
        <>
          <button type="button" class="button" onClick={onLoadStored}>
            {text.t('save.conflict.load')}
          </button>
          {!conflict.decided && (
            <button type="button" class="button" onClick={onKeepMine}>
              {text.t('save.conflict.keepMine')}
            </button>
          )}
        </>
      ) : (
        state === 'failed' && (
          <button type="button" class="button" onClick={onRetry}>
            {text.t('save.retry')}
          </button>
        )
      )}
    </div>
  );
}
