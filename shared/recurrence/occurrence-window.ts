import type { MaintenanceWindow } from '../types';
import type { Occurrence, WindowSeries } from './expand';
import { occurrenceId } from './rule';

/**
 * One occurrence as a window of its own: the series' services, disruption, audience and owner at the
 * occurrence's times, with the occurrence's id (`${seriesId}@${originalStart}`). A cancelled
 * occurrence reads as a cancelled window. Used for its communications, conflicts and exports.
 */
export function occurrenceWindow(series: WindowSeries, occurrence: Occurrence): MaintenanceWindow {
  const window: MaintenanceWindow = { ...series };
  // The occurrence is one window: it carries no rule of its own.
  delete window.recurrence;
  return {
    ...window,
    id: occurrenceId(series.id, occurrence.originalStart),
    start: occurrence.start,
    end: occurrence.end,
    status: occurrence.cancelled ? 'cancelled' : series.status,
  };
}
