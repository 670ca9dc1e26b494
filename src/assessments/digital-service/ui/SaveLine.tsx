// Where the validation stands on disk, said politely; the shared rule (shownStatus) decides what may be said:
// "sparat" only once the write has committed, and not while a field still holds typing.
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
  return t('save.failed', { error: save.message });
}

export function SaveLine({ save: reported, text, onRetry }: { save: ServiceSave; text: DsText; onRetry: () => void }) {
  const save = shownStatus(reported, useTypingHeld());
  const state = lineStateOf(save);
  return (
    <div class="ds-save">
      <CalmStatus class={state === 'failed' ? 'ds-save__failed' : 'muted'} text={wordsOf(save, text)} state={state} />
      {state === 'failed' && (
        <button type="button" class="button" onClick={onRetry}>
          {text.t('save.retry')}
        </button>
      )}
    </div>
  );
}
