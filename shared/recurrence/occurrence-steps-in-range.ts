import type { CommsSettings } from '../maintenance/comms-plan';
import type { ChecklistItem, Instant, MaintenanceWindow } from '../types';
import { expandSeries } from './expand';
import { occurrenceComms } from './occurrence-comms';
import type { WindowOccurrence } from './rule';

// Apart from windowsInRange (plan-occurrences.ts), which the conflicts need at start: these steps
// bring the communications rules, which only the Work view and the exports need (issue 13).
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
