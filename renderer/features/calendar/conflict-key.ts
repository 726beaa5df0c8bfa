import { occurrenceId } from '../../../shared/recurrence/rule';
import type { CalendarItemRef } from './calendar-events';

/**
 * The id conflicts name a calendar item by: the record's own, or for one occurrence of a repeating
 * window `${seriesId}@${originalStart}`, as conflicts see each occurrence as a window of its own
 * (windowsInRange). Keyed by the series id, no occurrence would ever show its clash (issue 11).
 */
export function conflictKey(item: CalendarItemRef): string {
  return item.kind === 'maintenance' && item.originalStart !== undefined
    ? occurrenceId(item.id, item.originalStart)
    : item.id;
}
