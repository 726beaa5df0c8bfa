import { addDays, differenceInCalendarDays } from 'date-fns';
import type { CalendarDay } from './types';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Calendar days are parsed as local midnight and never pass through a time zone conversion:
// a day is a label, not an instant, so daylight-saving changes can not shift it. The conflict
// rules and the calendar read every item's day on every change (issue 13: date-fns' general
// `parse` was most of 300 ms per change at 10,000 items), so the fixed pattern is read by hand
// and the engine's own calendar says whether the day exists. Other strings get the readings
// date-fns' `parse(day, 'yyyy-MM-dd')` gave them (`2026-1-01`), by hand too: its general parser
// was 9 KiB of the start-up bundle (issue 13).
/**
 * The local midnight starting `day`, read as date-fns' `parse(day, 'yyyy-MM-dd', …)` reads it
 * (so `2026-1-1` too); an invalid Date when `day` names no day.
 */
export function dayToLocalDate(day: string): Date {
  const parts = existingDayParts(day) ?? (DAY_PATTERN.test(day) ? null : lenientDayParts(day));
  if (!parts) return new Date(NaN);
  const local = new Date(2000, 0, 1);
  // setFullYear, unlike the Date constructor, keeps years below 100 as written.
  local.setFullYear(parts.year, parts.month - 1, parts.day);
  return local;
}

const toLocalDate = dayToLocalDate;

// What date-fns' parser accepts for `yyyy-MM-dd`: 1–4 year digits (year 0 is no year), 1–2
// month and day digits, and trailing white space.
const LENIENT_DAY_PATTERN = /^(\d{1,4})-(\d{1,2})-(\d{1,2})\s*$/;

function lenientDayParts(value: string): { year: number; month: number; day: number } | null {
  const match = LENIENT_DAY_PATTERN.exec(value);
  if (!match) return null;
  const padded = `${match[1]?.padStart(4, '0')}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  const parts = existingDayParts(padded);
  return parts && parts.year > 0 ? parts : null;
}

/**
 * The year, month (1–12) and day of a `yyyy-MM-dd` string naming a day that exists, or null. A
 * check, not arithmetic: the engine's own calendar says whether the day exists, which is about
 * 20× cheaper than date-fns' general parser (this runs for every stored row on every read).
 * setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
 */
function existingDayParts(value: string): { year: number; month: number; day: number } | null {
  const match = DAY_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { year, month, day } : null;
}

/**
 * The `yyyy-MM-dd` day of a Date on the local calendar: the inverse of dayToLocalDate. Throws a
 * RangeError for an invalid Date, as date-fns' `format` did.
 */
export function localDateToDay(date: Date): CalendarDay {
  // By hand: `format` re-reads its pattern on every call, and is 9 KiB at start (issue 13).
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return trustedCalendarDay(`${padYear(date)}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

// date-fns' `yyyy`: the year of the era (1 BC is 1), at least four digits.
function padYear(date: Date): string {
  const year = date.getFullYear();
  return String(year > 0 ? year : 1 - year).padStart(4, '0');
}

/** True when `value` is a real calendar day written `yyyy-MM-dd` (so `2026-02-30` is not). */
export function isCalendarDay(value: string): value is CalendarDay {
  const parts = existingDayParts(value);
  // There is no year 0 in the calendar people write (1 BC is followed by AD 1).
  return parts !== null && parts.year !== 0;
}

/**
 * `value` as a CalendarDay, checked by `isCalendarDay`; throws "Not a calendar day" otherwise.
 * The way in for text: forms, files, command-line arguments, tests.
 */
export function toCalendarDay(value: string): CalendarDay {
  if (!isCalendarDay(value)) throw new Error(`Not a calendar day: ${value}`);
  return value;
}

/**
 * `value` as a CalendarDay without a check, for text our own code has just formatted from a real
 * date (`format(date, 'yyyy-MM-dd')`, the day part of an instant or a wall-clock time). Never for input.
 */
export function trustedCalendarDay(value: string): CalendarDay {
  return value as CalendarDay;
}

/** The day `amount` calendar days after `day` (before, when negative). */
export function addCalendarDays(day: CalendarDay, amount: number): CalendarDay {
  return localDateToDay(addDays(toLocalDate(day), amount));
}

/** How many calendar days `later` is after `earlier` (negative when it is before). */
export function calendarDaysBetween(earlier: CalendarDay, later: CalendarDay): number {
  const from = existingDayParts(earlier);
  const to = existingDayParts(later);
  // Two real days: their distance on the engine's (DST-free) UTC calendar, about 20× cheaper than
  // date-fns' general difference, which conflict rules call for thousands of pairs (issue 13).
  if (from && to) return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
  return differenceInCalendarDays(toLocalDate(later), toLocalDate(earlier));
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcMidnight(parts: { year: number; month: number; day: number }): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return date.getTime();
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
  // Conflict messages name the same few hundred days thousands of times on every change.
  let text = PEOPLE_DAYS.get(day);
  if (text === undefined) {
    const date = toLocalDate(day);
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
    // date-fns' `EEE d MMM yyyy` in its default (en-US) locale, without its general formatter.
    text = `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]} ${padYear(date)}`;
    if (PEOPLE_DAYS.size >= 20_000) PEOPLE_DAYS.clear();
    PEOPLE_DAYS.set(day, text);
  }
  return text;
}

const PEOPLE_DAYS = new Map<CalendarDay, string>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
