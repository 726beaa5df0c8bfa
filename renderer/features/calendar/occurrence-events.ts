import type { EventInput } from '@fullcalendar/react';
import { addCalendarDays } from '../../../shared/calendar-day';
import { expandSeries, type WindowSeries } from '../../../shared/recurrence/expand';
import { occurrenceId, repeatsLabel, type WindowOccurrence } from '../../../shared/recurrence/rule';
import type { MaintenanceWindow, CalendarDay } from '../../../shared/types';
import type { CalendarItemProps } from './calendar-events';
import { utcStartOfDay } from '../../../shared/zoned-time';

/** How far either side of today a calendar with no visible range yet expands a series. */
const DEFAULT_DAYS_BEFORE = 400;
const DEFAULT_DAYS_AFTER = 800;

/**
 * The calendar items of a repeating window: one per occurrence overlapping the visible days (a
 * day's margin either side covers every zone), each in its own cell at its own (possibly moved)
 * time, each carrying the series id and its original start so a click or drag finds it again.
 * Cancelled occurrences stay visible, struck through, so a planner can restore them.
 */
export function occurrenceEvents(
  series: WindowSeries,
  changes: readonly WindowOccurrence[],
  range: { start: CalendarDay; end: CalendarDay } | undefined,
  today: CalendarDay,
  windowEvent: (window: MaintenanceWindow, extra: Partial<CalendarItemProps>) => EventInput,
): EventInput[] {
  const first = range ? addCalendarDays(range.start, -1) : addCalendarDays(today, -DEFAULT_DAYS_BEFORE);
  const last = range ? addCalendarDays(range.end, 2) : addCalendarDays(today, DEFAULT_DAYS_AFTER);
  const repeats = repeatsLabel(series.recurrence) ?? undefined;
  return expandSeries(series, changes, utcStartOfDay(first), utcStartOfDay(last)).map((occurrence) => {
    const window: MaintenanceWindow = {
      ...series,
      start: occurrence.start,
      end: occurrence.end,
      status: occurrence.cancelled ? 'cancelled' : series.status,
    };
    const extra: Partial<CalendarItemProps> = { originalStart: occurrence.originalStart };
    if (repeats) extra.repeats = repeats;
    return {
      ...windowEvent(window, extra),
      id: `occurrence:${occurrenceId(series.id, occurrence.originalStart)}`,
    };
  });
}
