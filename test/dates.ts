import { toCalendarDay, trustedCalendarDay } from '../shared/calendar-day';
import type { CalendarDay, Instant } from '../shared/types';
import { toInstant, trustedInstant } from '../shared/zoned-time';

/*
 * Dates for tests, minted the way the app mints them: through the checked parsers, so a test that
 * writes an impossible day fails at its first line instead of testing something else.
 */

/** `text` as a CalendarDay, checked (throws "Not a calendar day" on anything else). */
export function calendarDay(text: string): CalendarDay {
  return toCalendarDay(text);
}

/**
 * `text` as a CalendarDay without the check: for hostile-input tests that hand a rule a damaged
 * value (one a stored row or an old file might carry) and read what it does with it.
 */
export function uncheckedDay(text: string): CalendarDay {
  return trustedCalendarDay(text);
}

/** `text` as an Instant, checked (throws "Not an instant" on anything but a UTC ISO instant). */
export function utcInstant(text: string): Instant {
  return toInstant(text);
}

/**
 * `text` as an Instant without the check: for hostile-input tests that hand a rule or a repo a
 * damaged value and read what it does with it.
 */
export function uncheckedInstant(text: string): Instant {
  return trustedInstant(text);
}
