import { hasActiveFilters, type WorkFilters } from '../../../shared/work/filter-values';
import type { WorkPlan } from '../../../shared/work/work-rows';
import type { Announcement, MaintenanceWindow, CalendarDay } from '../../../shared/types';
import type { buildCalendarFilter } from './calendar-filter-rules';

/** What the calendar asks of the filter bar: show this launch, window, checklist marker? */
export type CalendarFilter = {
  announcement: (announcement: Announcement) => boolean;
  window: (window: MaintenanceWindow) => boolean;
  marker: (itemId: string) => boolean;
};

// The matching rules and the Work rows they read load on demand (issue 13: the first month view
// of an unfiltered plan needs none of it). PlanViews waits for them before it shows a filtered
// calendar, so the calendar never shows, even for a moment, what a filter hides.
let rules: { buildCalendarFilter: typeof buildCalendarFilter } | undefined;
let loading: Promise<void> | undefined;

/** Loads the filter's matching rules once; a failed load (an app update removed the chunk) may be retried. */
export function loadCalendarFilter(): Promise<void> {
  loading ??= import('./calendar-filter-rules').then(
    (module) => {
      rules = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** True once the rules have loaded: a filtered calendar can be shown at once. */
export function calendarFilterLoaded(): boolean {
  return rules !== undefined;
}

/**
 * The filter bar's predicates for the calendar, or null when no filter is set (the calendar
 * then skips the work entirely). With a filter set, the rules must have loaded
 * (loadCalendarFilter): showing every item instead would show what the planner hid.
 */
export function calendarFilter(
  plan: WorkPlan,
  filters: WorkFilters,
  today: CalendarDay,
  zone: string,
): CalendarFilter | null {
  if (!hasActiveFilters(filters)) return null;
  if (!rules) throw new Error('The calendar filter was used before its rules had loaded.');
  return rules.buildCalendarFilter(plan, filters, today, zone);
}
