import type { WorkRow } from '../../../shared/work/work-rows';
import { useUiStore } from '../../stores/ui-store';
import { useWorkStore } from '../../stores/work-store';

/**
 * Opens a row's launch or window: its side panel, and the calendar moved to its day (the
 * calendar shows, the Work view steps aside; the Work switch brings it back as it was).
 */
export function openParent(row: Pick<WorkRow, 'parentKind' | 'parentId' | 'parentDay'>): void {
  const ui = useUiStore.getState();
  ui.select({ kind: row.parentKind, id: row.parentId });
  ui.jumpTo(row.parentDay);
  useWorkStore.getState().setWorkOpen(false);
}
