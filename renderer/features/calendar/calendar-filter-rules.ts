import { markerMatches, parentMatches, type WorkFilters } from '../../../shared/work/filters';
import { ownerKeysOfParent } from '../../../shared/work/owners';
import { buildWorkRows, type WorkPlan, type WorkRow } from '../../../shared/work/work-rows';
import type { CalendarDay } from '../../../shared/types';
import type { CalendarFilter } from './calendar-filter';

/**
 * The filter bar's predicates for the calendar (calendar-filter.ts loads this on demand). Items
 * are read as Work rows, so a launch is judged by the very rows the Work view would list for it.
 */
export function buildCalendarFilter(
  plan: WorkPlan,
  filters: WorkFilters,
  today: CalendarDay,
  zone: string,
): CalendarFilter {
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
