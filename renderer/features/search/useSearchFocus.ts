import { useEffect, useRef } from 'react';
import { useSearchFocusStore } from './search-focus-store';

/**
 * For a checklist row: when search opens this item, scroll the row into view, mark it, and put
 * the keyboard on its tick, so the planner lands on the item, not just its launch.
 */
export function useSearchFocus(itemId: string) {
  const ref = useRef<HTMLLIElement>(null);
  const seq = useSearchFocusStore((state) => (state.request?.itemId === itemId ? state.request.seq : null));
  useEffect(() => {
    const row = ref.current;
    if (seq === null || !row) return;
    row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    // Set outside React's props on purpose: the mark outlives re-renders until the next search.
    for (const other of document.querySelectorAll('[data-search-found]'))
      other.removeAttribute('data-search-found');
    row.setAttribute('data-search-found', '');
    useSearchFocusStore.getState().done();
  }, [seq]);
  return ref;
}
