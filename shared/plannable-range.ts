import { calendarDaysBetween, isCalendarDay, toCalendarDay } from './calendar-day';
import type { CalendarDay, Instant } from './types';
import { isInstant, toInstant } from './zoned-time';

/**
 * The one range of dates Tierline accepts, everywhere: dialogs, plan files, backups, ICS import,
 * the command line, settings and every date a rule derives (a due date an offset pushes out).
 *
 * Why 1900 to 2199: imported calendars really do carry old events (birthdays and holidays from the
 * 1990s, recurring series anchored in 1970), so the floor must sit well before them; and plans are
 * made years ahead, not centuries. A typo like 9999 or 0202 falls outside, and is caught before it
 * can roll a checklist into year 10000, which no date library or calendar renders. Everything
 * inside the range has four-digit years, so `yyyy-MM-dd` strings sort and compare as dates.
 */
export const PLANNABLE_FIRST_DAY = toCalendarDay('1900-01-01');
export const PLANNABLE_LAST_DAY = toCalendarDay('2199-12-31');

/** The first and last instants of the range (UTC), for timed values. */
export const PLANNABLE_FIRST_INSTANT = toInstant('1900-01-01T00:00:00.000Z');
export const PLANNABLE_LAST_INSTANT = toInstant('2199-12-31T23:59:59.999Z');

/** The range said the way people read it, for messages. */
export const PLANNABLE_RANGE_TEXT = 'between 1900 and 2199';

/**
 * A maintenance window longer than this is a typo (a 396-day "window" of 9,504 hours), not a plan.
 * Two weeks covers the longest migrations the handbook describes with room to spare.
 */
export const MAX_WINDOW_DAYS = 14;
export const MAX_WINDOW_MINUTES = MAX_WINDOW_DAYS * 24 * 60;

/** True for a real calendar day inside the plannable range. */
export function isPlannableDay(value: string): value is CalendarDay {
  return isCalendarDay(value) && value >= PLANNABLE_FIRST_DAY && value <= PLANNABLE_LAST_DAY;
}

/** True for an ISO instant in UTC (`…Z`) whose moment lies inside the plannable range. */
export function isPlannableInstant(value: string): value is Instant {
  if (!isInstant(value)) return false;
  const millis = Date.parse(value);
  return millis >= Date.parse(PLANNABLE_FIRST_INSTANT) && millis <= Date.parse(PLANNABLE_LAST_INSTANT);
}

/** The message for a day outside the range, naming the value so a person sees the slip. */
export function outOfRangeMessage(value: string): string {
  return `${value} is outside the dates Tierline plans (${PLANNABLE_RANGE_TEXT}).`;
}

/** How far from today a planner's date may be before Tierline asks "is that right?". */
export const PLAUSIBLE_DAYS_BEFORE = 366;
export const PLAUSIBLE_YEARS_AHEAD = 5;

/**
 * The softer check for what a planner types: a date inside the range but more than a year in the
 * past or more than five years ahead is probably a slip (2062 for 2026). Returns the question to
 * ask before saving, or null when the date looks intended. Never refuses: the planner may mean it.
 */
export function implausibleDateQuestion(day: CalendarDay, today: CalendarDay): string | null {
  if (!isCalendarDay(day) || !isCalendarDay(today)) return null;
  const offset = calendarDaysBetween(today, day);
  const year = day.slice(0, 4);
  if (offset < -PLAUSIBLE_DAYS_BEFORE) return `Is ${year} right? That is more than a year ago.`;
  const limit = `${String(Number(today.slice(0, 4)) + PLAUSIBLE_YEARS_AHEAD)}${today.slice(4)}`;
  if (day > limit) return `Is ${year} right? That is more than ${PLAUSIBLE_YEARS_AHEAD} years ahead.`;
  return null;
}
