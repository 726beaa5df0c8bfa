import type { SearchEntry } from '../../../shared/search/search-index';
import { useUiStore } from '../../stores/ui-store';
import { useWorkStore } from '../../stores/work-store';
import { useSearchFocusStore } from './search-focus-store';

/**
 * Shows a search result: the calendar moves to its day, and its side panel opens (for a checklist
 * item, its launch's or window's panel, with the item scrolled to and focused), the Work view
 * stepping aside as it does for a row's parent.
 */
export function openSearchResult(entry: SearchEntry): void {
  const ui = useUiStore.getState();
  ui.jumpTo(entry.day, entry.time);
  // Searched from the Work view, the calendar must still come forward to show the day.
  useWorkStore.getState().setWorkOpen(false);
  if (entry.parent) {
    ui.select({ kind: entry.parent.kind, id: entry.parent.id });
    useSearchFocusStore.getState().focusItem(entry.id);
    return;
  }
  ui.select({ kind: entry.kind === 'maintenance' ? 'maintenance' : 'announcement', id: entry.id });
}
