import { isPlannableInstant, outOfRangeMessage } from '../plannable-range';
import type { Instant, LocalDateTime } from '../types';
import {
  addMinutesToInstant,
  instantToLocal,
  localToInstant,
  minutesBetween,
  trustedLocalDateTime,
  instantOf,
} from '../zoned-time';
import { nthOccurrenceStart, occurrenceAt, type Occurrence, type WindowSeries } from './expand';
import { occurrenceId, type WindowOccurrence } from './rule';
import { revised } from '../revised';

// Wall-clock arithmetic: a local time read as if it were UTC, so "one day later" stays 22:00 across DST.
const wallMs = (local: string): number => Date.parse(`${local}:00Z`);
const wallText = (ms: number): LocalDateTime => trustedLocalDateTime(new Date(ms).toISOString().slice(0, 16));

function requirePlannable(...instants: Instant[]): void {
  for (const instant of instants)
    if (!isPlannableInstant(instant)) throw new Error(outOfRangeMessage(instant));
}

/**
 * "This window only": the occurrence moved to `newStart`, keeping its real length, as a stored
 * exception; the rest of the series stays where it was. Throws when it would leave the plannable range.
 */
export function moveOneOccurrence(
  change: WindowOccurrence,
  occurrence: Occurrence,
  newStart: Instant,
  now: Instant,
): WindowOccurrence {
  const start = instantOf(new Date(newStart));
  const end = addMinutesToInstant(start, minutesBetween(occurrence.start, occurrence.end));
  requirePlannable(start, end);
  return revised(change, now, { start, end });
}

/**
 * "All windows in the series": the series moved by the wall-clock distance one of its occurrences
 * was dragged (from `from` to `to`, both as shown in the series' zone), so every occurrence keeps
 * its place in the pattern: a 2nd-Tuesday 22:00 series dragged a day later becomes a 2nd-Wednesday
 * 22:00 series, and weekly weekdays turn with it. The real length of each window is kept.
 */
export function shiftSeries(series: WindowSeries, from: Instant, to: Instant, now: Instant): WindowSeries {
  const zone = series.timeZone;
  const delta = wallMs(instantToLocal(to, zone)) - wallMs(instantToLocal(from, zone));
  const firstLocal = instantToLocal(series.start, zone);
  const movedLocal = wallText(wallMs(firstLocal) + delta);
  const start = localToInstant(movedLocal, zone);
  const end = addMinutesToInstant(start, minutesBetween(series.start, series.end));
  requirePlannable(start, end);
  const dayShift = Math.round(
    (wallMs(`${movedLocal.slice(0, 10)}T00:00`) - wallMs(`${firstLocal.slice(0, 10)}T00:00`)) / 86_400_000,
  );
  const weekdays = series.recurrence.weekdays.map((weekday) => (((weekday + dayShift) % 7) + 7) % 7);
  return revised(series, now, { start, end, recurrence: { ...series.recurrence, weekdays } });
}

/**
 * The series' changed occurrences after the series itself changed (moved, or its rule edited):
 * each change follows its occurrence by position (the 3rd occurrence's ticks stay with the 3rd),
 * so nothing a planner ticked is lost. Changes whose position the new series no longer has are
 * deleted; ones that were already orphaned are left as they are.
 */
export function rekeyOccurrences(
  before: WindowSeries,
  after: WindowSeries,
  rows: readonly WindowOccurrence[],
): { put: WindowOccurrence[]; delete: string[] } {
  const put: WindowOccurrence[] = [];
  const remove: string[] = [];
  for (const row of rows) {
    const at = occurrenceAt(before, row.originalStart);
    if (!at) continue;
    const originalStart = nthOccurrenceStart(after, at.index);
    if (originalStart === row.originalStart) continue;
    remove.push(row.id);
    if (originalStart === null) continue;
    put.push({ ...row, id: occurrenceId(after.id, originalStart), originalStart });
  }
  return { put, delete: remove };
}
