import type { CalendarApi } from '@fullcalendar/react';

/** Where week and day views open when the visible days hold no timed item. */
export const DEFAULT_SCROLL_TIME = '08:00:00';

/** A timed item as the calendar holds it: wall-clock times read from the Dates' UTC fields. */
export type TimedSpan = { start: Date; end: Date | null; allDay: boolean };

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The time a week or day view should scroll to (issue 10): an hour before the earliest time of
 * day at which a timed item shows in the visible days `[rangeStart, rangeEnd)`, so a 22:00
 * window is on screen when its week opens; 08:00 when no timed item shows. A window that began
 * the evening before shows from midnight. The calendar runs in its UTC mode with wall-clock times,
 * so the Dates' UTC fields are the planner's wall clock.
 */
export function scrollTimeFor(items: readonly TimedSpan[], rangeStart: Date, rangeEnd: Date): string {
  let earliest: number | null = null;
  for (const item of items) {
    if (item.allDay) continue;
    const start = item.start.getTime();
    const end = item.end?.getTime() ?? start;
    if (start >= rangeEnd.getTime() || end <= rangeStart.getTime()) continue;
    const shown = Math.max(start, rangeStart.getTime());
    const timeOfDay = ((shown % DAY_MS) + DAY_MS) % DAY_MS;
    earliest = earliest === null ? timeOfDay : Math.min(earliest, timeOfDay);
  }
  if (earliest === null) return DEFAULT_SCROLL_TIME;
  const hour = Math.max(0, Math.floor(earliest / HOUR_MS) - 1);
  return `${String(hour).padStart(2, '0')}:00:00`;
}

/**
 * Scrolls a week or day view to scrollTimeFor its visible days, once the calendar has painted
 * them. Month and list views have no time axis and are left alone. `override` is a time asked
 * for explicitly (a search result's): it wins over the earliest item.
 */
export function scrollToEarliest(
  calendar: () => CalendarApi | undefined,
  override: () => string | null,
): void {
  // After the paint: the scroller of a newly shown view (and, on the first range, the calendar's
  // handle) does not exist until then.
  requestAnimationFrame(() => {
    const api = calendar();
    if (!api?.view.type.startsWith('timeGrid')) return;
    const { activeStart, activeEnd } = api.view;
    const time =
      override() ??
      scrollTimeFor(
        api
          .getEvents()
          .flatMap((event) =>
            event.start ? [{ start: event.start, end: event.end, allDay: event.allDay }] : [],
          ),
        activeStart,
        activeEnd,
      );
    api.scrollToTime(time);
  });
}
