import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { sameValue } from '../../shared/same-value';

/** True once `value` (a form's draft) differs from what it was when the form opened. */
export function useIsDirty<T>(value: T): boolean {
  const [initial] = useState(value);
  return !sameValue(initial, value);
}

/** What a dialog needs to ask "Discard changes?" before it closes over unsaved typing. */
export type UnsavedGuard = {
  /** The in-dialog question is showing. */
  confirming: boolean;
  /** Cancel, Close or Escape: closes at once when clean, asks first when dirty. */
  requestClose: () => void;
  keepEditing: () => void;
  discard: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
};

/**
 * Guards a modal form whose draft differs from what it opened with (`dirty`): closing asks first,
 * and so does closing or reloading the window (`beforeunload`: the browser's own prompt, or on
 * desktop the main process's native question).
 */
export function useUnsavedGuard(dirty: boolean, onClose: () => void): UnsavedGuard {
  const [confirming, setConfirming] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const requestClose = () => {
    if (!dirty) return onClose();
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirming(true);
  };
  // Back to the field (or button) the planner was on, so typing carries on where it stopped: in the
  // commit that hides the question, not a frame later, or the first keys typed after "Keep editing"
  // land on the page (a test under load lost the space of " please" to that frame).
  useLayoutEffect(() => {
    if (confirming) return;
    const field = returnFocus.current;
    returnFocus.current = null;
    field?.focus();
  }, [confirming]);
  const keepEditing = () => setConfirming(false);
  return {
    confirming,
    requestClose,
    keepEditing,
    discard: onClose,
    onKeyDown: (event) => {
      // An inner control that already used its Escape (e.g. putting a field back) keeps it.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Handled here, not by the dialog's close request: Chromium lets a page cancel that request
      // only once per user activation, so a second Escape (on the question) would close anyway.
      event.preventDefault();
      if (confirming) keepEditing();
      else requestClose();
    },
    onCancel: (event) => {
      event.preventDefault();
      if (!confirming) requestClose();
    },
  };
}
