import { addDays, differenceInCalendarDays, format, parse } from 'date-fns';
import type { CalendarDay } from './types';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Calendar days are parsed as local midnight and never pass through a time zone conversion:
// a day is a label, not an instant, so daylight-saving changes can not shift it.
function toLocalDate(day: CalendarDay): Date {
  return parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** True when `value` is a real calendar day written `yyyy-MM-dd` (so `2026-02-30` is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // There is no year 0 in the calendar people write (1 BC is followed by AD 1).
  if (year === 0) return false;
  // A check, not arithmetic: let the engine's own calendar say whether the day exists. This runs
  // for every stored row on every read, so it avoids date-fns' general parser (about 20× slower);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day `amount` calendar days after `day` (before, when negative). */
export function addCalendarDays(day: CalendarDay, amount: number): CalendarDay {
  return format(addDays(toLocalDate(day), amount), 'yyyy-MM-dd');
}

/** How many calendar days `later` is after `earlier` (negative when it is before). */
export function calendarDaysBetween(earlier: CalendarDay, later: CalendarDay): number {
  return differenceInCalendarDays(toLocalDate(later), toLocalDate(earlier));
}

/** Day of the week, Sunday = 0 … Saturday = 6. */
export function weekdayOf(day: CalendarDay): number {
  return toLocalDate(day).getDay();
}

/** The Friday before a Saturday or Sunday; any other day unchanged. */
export function toBusinessDay(day: CalendarDay): CalendarDay {
  const weekday = weekdayOf(day);
  if (weekday === 6) return addCalendarDays(day, -1);
  if (weekday === 0) return addCalendarDays(day, -2);
  return day;
}

/** Formats a calendar day for people, e.g. `Tue 1 Dec 2026`. */
export function formatDayForPeople(day: CalendarDay): string {
  return format(toLocalDate(day), 'EEE d MMM yyyy');
}
