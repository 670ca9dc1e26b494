// The limit of a text answer, enforced at the field: the box takes no more than restore accepts (maxLength),
// a counter appears near the limit, and a paste that did not fit is said out loud instead of cut silently.
import { useState } from 'preact/hooks';
import { formatNumber, useI18n } from '../i18n';
import { useWizard } from '../wizard/context';

/** The counter shows from this share of the limit on. */
const NEAR = 0.9;

export interface TextLimit {
  limit: number;
  /** The id of the counter while it shows for a text this long (for aria-describedby), else undefined. */
  counterId: (length: number) => string | undefined;
  /** Notes whether a paste will not fit whole (call from onPaste). */
  onPaste: (e: ClipboardEvent) => void;
  /** Forget the cut note (on input that is not a paste). */
  reset: () => void;
  /** The longest value the document may hold: anything set around the box (autofill, scripts) is cut too. */
  clamp: (value: string) => string;
  cut: boolean;
}

export function useTextLimit(path: string, id: string, max?: number): TextLimit {
  const { textLimit } = useWizard();
  const limit = max ?? textLimit(path);
  const [cut, setCut] = useState(false);
  return {
    limit,
    counterId: (length) => (cut || length >= limit * NEAR ? `${id}-count` : undefined),
    onPaste: (e) => {
      const box = e.currentTarget as HTMLInputElement | HTMLTextAreaElement;
      const pasted = e.clipboardData?.getData('text') ?? '';
      const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
      setCut(box.value.length - selected + pasted.length > limit);
    },
    reset: () => cut && setCut(false),
    clamp: (value) => (value.length > limit ? value.slice(0, limit) : value),
    cut,
  };
}

export function LengthCounter({ limit: l, length }: { limit: TextLimit; length: number }) {
  const { t, lang } = useI18n();
  const id = l.counterId(length);
  if (!id) return null;
  const limit = formatNumber(l.limit, lang);
  return (
    <p id={id} class={`field__count${l.cut || length >= l.limit ? ' field__count--full' : ''}`}>
      {l.cut ? (
        <span role="alert">{t('field.limit.cut', { limit })}</span>
      ) : (
        t('field.limit.count', { count: formatNumber(length, lang), limit })
      )}
    </p>
  );
}
