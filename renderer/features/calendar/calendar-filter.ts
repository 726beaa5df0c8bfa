import {
  hasActiveFilters,
  markerMatches,
  parentMatches,
  type WorkFilters,
} from '../../../shared/work/filters';
import { ownerKeysOfParent } from '../../../shared/work/owners';
import { buildWorkRows, type WorkPlan, type WorkRow } from '../../../shared/work/work-rows';
import type { Announcement, MaintenanceWindow, CalendarDay } from '../../../shared/types';

/** What the calendar asks of the filter bar: show this launch, window, checklist marker? */
export type CalendarFilter = {
  announcement: (announcement: Announcement) => boolean;
  window: (window: MaintenanceWindow) => boolean;
  marker: (itemId: string) => boolean;
};

/**
 * The filter bar's predicates for the calendar, or null when no filter is set (the calendar
 * then skips the work entirely). Items are read as Work rows, so a launch is judged by the
 * very rows the Work view would list for it.
 */
export function calendarFilter(
  plan: WorkPlan,
  filters: WorkFilters,
  today: CalendarDay,
  zone: string,
): CalendarFilter | null {
  if (!hasActiveFilters(filters)) return null;
  const rowsByParent = new Map<string, WorkRow[]>();
  const rowById = new Map<string, WorkRow>();
  for (const row of buildWorkRows(plan, today, zone)) {
    rowById.set(row.id, row);
    const list = rowsByParent.get(row.parentId) ?? [];
    list.push(row);
    rowsByParent.set(row.parentId, list);
  }
  return {
    announcement: (announcement) =>
      parentMatches(
        {
          kind: 'announcement',
          tierKey: announcement.tierKey,
          cancelled: announcement.status === 'cancelled',
          ownerKeys: ownerKeysOfParent(announcement),
          rows: rowsByParent.get(announcement.id) ?? [],
        },
        filters,
      ),
    window: (window) =>
      parentMatches(
        {
          kind: 'maintenance',
          tierKey: null,
          disruption: window.disruption,
          cancelled: window.status === 'cancelled',
          ownerKeys: ownerKeysOfParent(window),
          rows: rowsByParent.get(window.id) ?? [],
        },
        filters,
      ),
    marker: (itemId) => {
      const row = rowById.get(itemId);
      return row !== undefined && markerMatches(row, filters);
    },
  };
}
