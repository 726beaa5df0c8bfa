import { addCalendarDays, formatDayForPeople, weekdayOf } from '../calendar-day';
import type { CalendarDay, WeekStart } from '../types';

/** The first day of the week `day` lies in, for a week starting on `weekStart` (Sunday = 0). */
export function weekStartOf(day: CalendarDay, weekStart: WeekStart): CalendarDay {
  return addCalendarDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
}

/**
 * A day as the Work view shows it: `Tue 8 Dec`, with the year only when it is not `today`'s
 * year, so a row due next January is never read as this one.
 */
export function shortDay(day: CalendarDay, today: CalendarDay): string {
  const text = formatDayForPeople(day);
  return day.slice(0, 4) === today.slice(0, 4) ? text.slice(0, text.lastIndexOf(' ')) : text;
}
