import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Tells a dialog whether a form inside it holds unsaved typing, so closing the dialog can ask
 * "Discard changes?" (issue 10). Reports false again when the form goes away (saved, or swapped
 * for the next step), so a finished form never keeps the dialog asking.
 */
export function useReportDirty(dirty: boolean, report: ((dirty: boolean) => void) | undefined): void {
  const latest = useRef(report);
  useEffect(() => {
    latest.current = report;
  });
  // A layout effect: the dialog knows before the next key press is handled, so an Escape typed
  // right after a character still asks (a passive effect could run after it under load).
  useLayoutEffect(() => {
    latest.current?.(dirty);
  }, [dirty]);
  useEffect(() => () => latest.current?.(false), []);
}
