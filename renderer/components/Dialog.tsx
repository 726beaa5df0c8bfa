import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { DiscardConfirm } from './DiscardConfirm';
import { useUnsavedGuard } from './useUnsavedGuard';
import './dialog.css';
import './form.css';

type Props = {
  title: string;
  onClose: () => void;
  onSubmit?: () => void;
  submitLabel?: string;
  children: ReactNode;
  wide?: boolean;
  /** The form differs from what it opened with: closing asks "Discard changes?" first. */
  dirty?: boolean;
  /** The close button's name: "Close" for a dialog that only informs (and has no onSubmit). */
  closeLabel?: string;
};

/**
 * A modal form on the native <dialog> element: it traps focus, closes on Escape and returns
 * focus to what opened it, which a hand-made overlay would have to re-implement. A dirty form
 * asks before Escape or Cancel throws the typing away.
 */
export function Dialog({
  title,
  onClose,
  onSubmit,
  submitLabel = 'Save',
  children,
  wide,
  dirty = false,
  closeLabel = 'Cancel',
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const guard = useUnsavedGuard(dirty, onClose);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Unmounting closes the dialog without the browser's own focus return, so do it here.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal may focus the scrolling body, which swallows the first keys typed (issue 10):
      // the first field takes focus instead.
      dialog
        .querySelector<HTMLElement>('.dialog__body :is(input, select, textarea, button):not(:disabled)')
        ?.focus();
    }
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!guard.confirming) onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={guard.onCancel}
      onKeyDown={guard.onKeyDown}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body" inert={guard.confirming}>
          {children}
        </div>
        {guard.confirming ? (
          <DiscardConfirm onKeep={guard.keepEditing} onDiscard={guard.discard} />
        ) : (
          <div className="dialog__actions">
            <button type="button" onClick={guard.requestClose}>
              {closeLabel}
            </button>
            {onSubmit ? (
              <button type="submit" className="button--primary">
                {submitLabel}
              </button>
            ) : null}
          </div>
        )}
      </form>
    </dialog>
  );
}
