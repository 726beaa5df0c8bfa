import { hasActiveFilters, type WorkFilters } from '../../../shared/work/filter-values';
import type { WorkPlan } from '../../../shared/work/work-rows';
import type { Announcement, MaintenanceWindow, CalendarDay } from '../../../shared/types';
import { onDemand } from '../../components/on-demand';

/** What the calendar asks of the filter bar: show this launch, window, checklist marker? */
export type CalendarFilter = {
  announcement: (announcement: Announcement) => boolean;
  window: (window: MaintenanceWindow) => boolean;
  marker: (itemId: string) => boolean;
};

// The matching rules and the Work rows they read load on demand (issue 13: the first month view
// of an unfiltered plan needs none of it). PlanViews waits for them before it shows a filtered
// calendar, so the calendar never shows, even for a moment, what a filter hides.
const rules = onDemand(() => import('./calendar-filter-rules'));

/** Loads the filter's matching rules once; a failed load (an app update removed the chunk) may be retried. */
export async function loadCalendarFilter(): Promise<void> {
  await rules.load();
}

/** True once the rules have loaded: a filtered calendar can be shown at once. */
export function calendarFilterLoaded(): boolean {
  return rules.loaded() !== undefined;
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
  const loaded = rules.loaded();
  if (!loaded) throw new Error('The calendar filter was used before its rules had loaded.');
  return loaded.buildCalendarFilter(plan, filters, today, zone);
}
