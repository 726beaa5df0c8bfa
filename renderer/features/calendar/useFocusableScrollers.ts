import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { onDemand } from '../../components/on-demand';
import type * as ScrollerCode from './focusable-scrollers';

type ScrollerWatcher = ScrollerCode.ScrollerWatcher;

// Not in the start-up bundle (issue 13): it loads beside the first paint, and the first view's
// regions get their tab stops the moment it has (long before a person can press Tab); every later
// view gets them before it is painted.
const scrollerCode = onDemand(() => import('./focusable-scrollers'));

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
    let created: ScrollerWatcher | null = null;
    let unmounted = false;
    const start = (code: typeof ScrollerCode) => {
      if (unmounted) return;
      created = new code.ScrollerWatcher(() => frame.current);
      watcher.current = created;
      created.check();
    };
    const loaded = scrollerCode.loaded();
    if (loaded) start(loaded);
    else
      scrollerCode
        .load()
        .then(start, (error: unknown) => console.error('Tierline: the scroll regions could not load', error));
    return () => {
      unmounted = true;
      created?.stop();
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
