import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { ScrollerWatcher } from './focusable-scrollers';

/**
 * Keeps the calendar's scrolling regions reachable by keyboard (issue 10) for as long as it is
 * mounted; returns the check to run after a new view or range. `changes` are what bring new
 * scrollers without a new range (a view, the real view plugins arriving).
 */
export function useFocusableScrollers(
  frame: RefObject<Element | null>,
  changes: readonly unknown[],
): () => void {
  const watcher = useRef<ScrollerWatcher | null>(null);
  // Layout effects: the new view's regions get their tab stops before it is first painted.
  useLayoutEffect(() => {
    const created = new ScrollerWatcher(() => frame.current);
    watcher.current = created;
    created.check();
    return () => {
      created.stop();
      watcher.current = null;
    };
  }, [frame]);
  useLayoutEffect(() => {
    watcher.current?.check();
    // The changes are the trigger, not values the check reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, changes);
  return useCallback(() => watcher.current?.check(), []);
}
