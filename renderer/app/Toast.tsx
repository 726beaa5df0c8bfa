import { memo, useEffect } from 'react';
import { useUiStore } from '../stores/ui-store';
import { runUndoStep } from './undo-actions';

const TOAST_MS = 6000;

/** A short, polite status line after each action, with Undo where the action can be undone. */
export const Toast = memo(function Toast() {
  const toast = useUiStore((state) => state.toast);
  const clear = useUiStore((state) => state.clearToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(clear, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, clear]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.undoable ? (
            <button
              type="button"
              onClick={() => {
                clear();
                void runUndoStep('undo');
              }}
            >
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
