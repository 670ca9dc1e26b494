// Where the validation stands on disk, said politely; "sparat" only once the write has committed, and not
// while a field still holds typing the document does not have yet.
import { formatTime } from '../../../ui/i18n';
import { CalmStatus } from '../../../ui/session/CalmStatus';
import { useTypingHeld } from '../../../ui/wizard/drafts';
import type { DsText } from './text';
import { shownSave, type SaveState } from './useServiceDoc';

function wordsOf(save: SaveState, text: DsText): string {
  const { t } = text;
  switch (save.kind) {
    case 'pending':
      return t('save.pending');
    case 'saving':
      return t('save.saving');
    case 'saved':
      return save.at ? t('save.saved', { time: formatTime(save.at) }) : '';
    case 'failed':
      return t('save.failed', { error: save.error });
  }
}

export function SaveLine({ save: reported, text, onRetry }: { save: SaveState; text: DsText; onRetry: () => void }) {
  const save = shownSave(reported, useTypingHeld());
  const state = save.kind === 'failed' ? 'failed' : save.kind === 'saved' ? 'saved' : 'pending';
  return (
    <div class="ds-save">
      <CalmStatus class={save.kind === 'failed' ? 'ds-save__failed' : 'muted'} text={wordsOf(save, text)} state={state} />
      {save.kind === 'failed' && (
        <button type="button" class="button" onClick={onRetry}>
          {text.t('save.retry')}
        </button>
      )}
    </div>
  );
}
