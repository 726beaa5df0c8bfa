import { addMonths, getDaysInMonth, setDate } from 'date-fns';
import { addCalendarDays, dayToLocalDate, localDateToDay, toBusinessDay } from '../calendar-day';
import type { CalendarDay, DueOffset, Settings } from '../types';

/** The settings the due-date rules read. */
export type DueDateSettings = Pick<Settings, 'arrayDayOfMonth' | 'businessDaysOnly'>;

const MINUTES_PER_DAY = 24 * 60;

// Same reading as calendar-day.ts: a day is a label parsed at local midnight, never an instant
// (read by hand there: date-fns' general parse and format are not in the start-up bundle, issue 13).
const toLocalDate = dayToLocalDate;

function editionInMonth(monthStart: Date, arrayDayOfMonth: number): Date {
  // A day past the month's end (a 30th in February) means the month's last day, so every month
  // still has exactly one edition.
  return setDate(monthStart, Math.min(arrayDayOfMonth, getDaysInMonth(monthStart)));
}

/**
 * The first Array edition day on or after `day`. Editions go out on `arrayDayOfMonth` each
 * month, or on the month's last day when the month is shorter. Values below 1 count as 1.
 */
export function nextArrayEdition(day: CalendarDay, arrayDayOfMonth: number): CalendarDay {
  const editionDay = Math.max(1, Math.trunc(arrayDayOfMonth) || 1);
  const date = toLocalDate(day);
  const monthStart = setDate(date, 1);
  const thisMonth = editionInMonth(monthStart, editionDay);
  const edition = thisMonth >= date ? thisMonth : editionInMonth(addMonths(monthStart, 1), editionDay);
  return localDateToDay(edition);
}

/**
 * The day an item with this offset is due for a launch on `launchDate`. With
 * `businessDaysOnly`, a Saturday or Sunday becomes the Friday before (so a due day can come
 * before an Array edition or launch that falls on a weekend). A maintenance offset read against
 * a day counts whole days of its minutes from that day, rounding towards earlier.
 */
export function dueDateForOffset(
  offset: DueOffset,
  launchDate: CalendarDay,
  settings: DueDateSettings,
): CalendarDay {
  let due: CalendarDay;
  switch (offset.kind) {
    case 'launch':
      due = addCalendarDays(launchDate, offset.days);
      break;
    case 'next-array':
      due = nextArrayEdition(launchDate, settings.arrayDayOfMonth);
      break;
    case 'maintenance':
      due = addCalendarDays(launchDate, Math.floor(offset.minutes / MINUTES_PER_DAY));
      break;
  }
  return settings.businessDaysOnly ? toBusinessDay(due) : due;
}

/** True when items with this offset take their due day from an announcement's launch day. */
export function isLaunchRelative(
  offset: DueOffset | null,
): offset is Extract<DueOffset, { kind: 'launch' | 'next-array' }> {
  return offset !== null && (offset.kind === 'launch' || offset.kind === 'next-array');
}
