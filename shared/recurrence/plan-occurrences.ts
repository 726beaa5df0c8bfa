import type { Instant, MaintenanceWindow } from '../types';
import { expandSeries } from './expand';
import { occurrenceWindow } from './occurrence-window';
import type { WindowOccurrence } from './rule';

/**
 * The plan's windows as rules that judge time see them (conflicts, the Work view): each one-off
 * window as it is, and each repeating window as its occurrences that overlap [from, to), each a
 * window of its own with the id `${seriesId}@${originalStart}`. Cancelled occurrences come back as
 * cancelled windows. Only the range is expanded, so a series that repeats for centuries stays cheap.
 */
export function windowsInRange(
  windows: readonly MaintenanceWindow[],
  changes: readonly WindowOccurrence[],
  from: Instant,
  to: Instant,
): MaintenanceWindow[] {
  return windows.flatMap((window) => {
    if (!window.recurrence) return [window];
    const series = { ...window, recurrence: window.recurrence };
    return expandSeries(series, changes, from, to).map((occurrence) => occurrenceWindow(series, occurrence));
  });
}
