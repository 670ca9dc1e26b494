// A time typed as TT:MM outside the document's plain fields (a time window's from and to).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { normalizeTime } from './formats';
import { CLICK_SETTLE_MS, useDraft } from './useDraft';

export function TimeInput({ id, label, value, onCommit }: { id: string; label: string; value: string; onCommit: (time: string) => void }) {
  const { t } = useI18n();
  const [bad, setBad] = useState(false);
  const { draft, change } = useDraft(
    value,
    (typed) => {
      const normal = normalizeTime(typed);
      if (normal !== null) onCommit(normal);
    },
    (ext, typed) => ext === typed || normalizeTime(typed) === ext,
  );
  return (
    <div class="field field--short">
      <label for={id} class="field__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        aria-invalid={bad ? 'true' : undefined}
        aria-describedby={bad ? `${id}-error` : undefined}
        onInput={(e) => {
          change(e.currentTarget.value);
          if (bad && normalizeTime(e.currentTarget.value) !== null) setBad(false);
        }}
        onBlur={() => {
          const normal = normalizeTime(draft);
          if (normal !== null && normal !== draft) change(normal);
          window.setTimeout(() => setBad(normal === null), CLICK_SETTLE_MS);
        }}
      />
      {bad && (
        <p id={`${id}-error`} class="field__error" role="alert">
          {t('wiz.format.time.error')}
        </p>
      )}
    </div>
  );
}
