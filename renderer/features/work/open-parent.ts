import type { WorkRow } from '../../../shared/work/work-rows';
import { parseOccurrenceId } from '../../../shared/recurrence/rule';
import { useUiStore } from '../../stores/ui-store';
import { useWorkStore } from '../../stores/work-store';

/**
 * Opens a row's launch or window: its side panel, and the calendar moved to its day (the
 * calendar shows, the Work view steps aside; the Work switch brings it back as it was).
 */
export function openParent(row: Pick<WorkRow, 'parentKind' | 'parentId' | 'parentDay'>): void {
  const ui = useUiStore.getState();
  // A step of a repeating window's occurrence opens that occurrence (issue 11).
  const occurrence = parseOccurrenceId(row.parentId);
  ui.select(
    occurrence
      ? { kind: 'maintenance', id: occurrence.seriesId, occurrence: occurrence.originalStart }
      : { kind: row.parentKind, id: row.parentId },
  );
  ui.jumpTo(row.parentDay);
  useWorkStore.getState().setWorkOpen(false);
}
