// A modal dialog on the native <dialog>: labelled by its title, Escape closes it, focus returns to the opener.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, the close button, or a choice: the owner sets open=false. */
  onClose: () => void;
  children: ComponentChildren;
  /** The buttons at the bottom. */
  actions?: ComponentChildren;
  /** 'alert' for a destructive confirmation (screen readers announce it as such). */
  role?: 'dialog' | 'alertdialog';
  busy?: boolean;
}

export function Dialog({ open, title, onClose, children, actions, role = 'dialog', busy = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // When the dialog closes (or unmounts open), focus goes back to what opened it, if it is still there.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restore = () => {
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
    };
    dialog.addEventListener('close', restore);
    return () => dialog.removeEventListener('close', restore);
  }, []);

  return (
    <dialog
      ref={ref}
      class="dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      aria-busy={busy ? 'true' : undefined}
      onCancel={(e) => {
        // Escape: the owner decides (and keeps `open` true while busy, so nothing half-done is left).
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} class="dialog__title">
        {title}
      </h2>
      <div id={bodyId} class="dialog__body">
        {children}
      </div>
      {actions && <div class="dialog__actions">{actions}</div>}
    </dialog>
  );
}
