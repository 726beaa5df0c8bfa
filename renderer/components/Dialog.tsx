import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

type Props = {
  title: string;
  onClose: () => void;
  onSubmit?: () => void;
  submitLabel?: string;
  children: ReactNode;
  wide?: boolean;
};

/**
 * A modal form on the native <dialog> element: it traps focus, closes on Escape and returns
 * focus to what opened it, which a hand-made overlay would have to re-implement.
 */
export function Dialog({ title, onClose, onSubmit, submitLabel = 'Save', children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {onSubmit ? (
            <button type="submit" className="button--primary">
              {submitLabel}
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}
