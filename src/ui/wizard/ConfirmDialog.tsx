// A modal question before something is thrown away. The native <dialog> traps focus and closes on Escape;
// the caller decides where focus goes afterwards.
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
// The one dialog look (src/ui/shell): wizard.css had a second, narrower copy that restyled every dialog once loaded.
import '../shell/dialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The safe answer has focus, so Enter by habit keeps the answers.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} class="dialog__title">
        {title}
      </h2>
      <p id={`${id}-body`}>{body}</p>
      <div class="dialog__actions">
        <button type="button" class="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" ref={cancelRef} onClick={onCancel}>
          {t('wiz.cancel')}
        </button>
      </div>
    </dialog>
  );
}
