// Where the validation stands on disk, said politely; "sparat" only once the write has committed.
import { formatTime } from '../../../ui/i18n';
import type { DsText } from './text';
import type { SaveState } from './useServiceDoc';

export function SaveLine({ save, text, onRetry }: { save: SaveState; text: DsText; onRetry: () => void }) {
  const { t } = text;
  return (
    <div class="ds-save">
      <p role="status" class={save.kind === 'failed' ? 'ds-save__failed' : 'muted'}>
        {save.kind === 'pending' && t('save.pending')}
        {save.kind === 'saving' && t('save.saving')}
        {save.kind === 'saved' && save.at && t('save.saved', { time: formatTime(save.at, text.lang) })}
        {save.kind === 'failed' && t('save.failed', { error: save.error })}
      </p>
      {save.kind === 'failed' && (
        <button type="button" class="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
