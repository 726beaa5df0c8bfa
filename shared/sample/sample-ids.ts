import type { Announcement, MaintenanceWindow } from '../types';

// Apart from the sample's data and builder, so the calendar can tell a sample plan at start without
// loading them (issue 13): they load when the planner asks for the sample.

/**
 * Every row the sample plan writes has an id starting so (checklist items inherit it from their
 * parent's id): removing the sample is "delete what starts with it", with nothing to remember
 * elsewhere. The planner's own records have random UUIDs, which never start with a letter run.
 */
export const SAMPLE_ID_PREFIX = 'sample-';

/** True for the id of a row the sample plan wrote. */
export function isSampleId(id: string): boolean {
  return id.startsWith(SAMPLE_ID_PREFIX);
}

/** True when the plan holds any launch or window of the sample. */
export function hasSamplePlan(plan: {
  announcements: readonly Pick<Announcement, 'id'>[];
  windows: readonly Pick<MaintenanceWindow, 'id'>[];
}): boolean {
  return (
    plan.announcements.some((row) => isSampleId(row.id)) || plan.windows.some((row) => isSampleId(row.id))
  );
}
