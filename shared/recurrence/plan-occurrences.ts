import type { CommsSettings } from '../maintenance/comms-plan';
import type { ChecklistItem, Instant, MaintenanceWindow } from '../types';
import { expandSeries } from './expand';
import { occurrenceComms, occurrenceWindow } from './occurrence-comms';
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

/**
 * The communications steps of every occurrence of every repeating window overlapping [from, to),
 * generated (with each occurrence's own ticks and dates applied) for the Work view. Parent ids are
 * occurrence ids, as `windowsInRange` names the occurrences.
 */
export function occurrenceStepsInRange(
  windows: readonly MaintenanceWindow[],
  changes: readonly WindowOccurrence[],
  settings: CommsSettings,
  from: Instant,
  to: Instant,
  now: Instant,
): ChecklistItem[] {
  const byId = new Map(changes.map((row) => [row.id, row]));
  return windows.flatMap((window) => {
    if (!window.recurrence) return [];
    const series = { ...window, recurrence: window.recurrence };
    const occurrences = expandSeries(series, changes, from, to);
    const originalByIndex = new Map(
      occurrences.map((occurrence) => [occurrence.index, occurrence.originalStart]),
    );
    return occurrences
      .filter((occurrence) => !occurrence.cancelled)
      .flatMap((occurrence) =>
        occurrenceComms({
          series,
          occurrence,
          change: byId.get(`${series.id}@${occurrence.originalStart}`),
          settings,
          now,
          previousStart: originalByIndex.get(occurrence.index - 1),
        }),
      );
  });
}
