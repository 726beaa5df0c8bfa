import { trustedCalendarDay } from '../calendar-day';
import { trustedLocalDateTime } from '../zoned-time';
import type { CalendarDay, LocalDateTime } from '../types';

/** A DATE or DATE-TIME value as written: a day, a UTC time, or a wall-clock time (zone from TZID). */
export type IcsTime =
  | { kind: 'date'; day: CalendarDay }
  | { kind: 'utc'; local: LocalDateTime; seconds: number }
  | { kind: 'local'; local: LocalDateTime; seconds: number; tzid: string | null };

// Validity of a Gregorian date, read off UTC (which has no gaps) without allocating a Date: a day past
// its month's end would roll into the next month. Years 0–99 fail, as Date.UTC reads them as 1900–1999.
// The day of a `yyyymmdd…` value whose digits isRealDate has just accepted.
function dayOfDigits(value: string): CalendarDay {
  return trustedCalendarDay(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return Date.UTC(year, month - 1, day) < Date.UTC(year, month, 1);
}

// The number written by `count` ASCII digits at `from`, or -1 if any is missing or not a digit.
// Reading in place spares a regex's match array and substrings: every event has at least one time.
function digitsAt(text: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    // Written so that NaN (past the end of the text) fails too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Reads a DATE or DATE-TIME (RFC 5545 §3.3.4–5); undefined when it is not a real one. A date-time
 * marked VALUE=DATE is read as its date.
 */
export function parseIcsTime(value: string, params: ReadonlyMap<string, string>): IcsTime | undefined {
  const trimmed = value.trim();
  // Both forms start with yyyymmdd; a DATE is only that, whatever VALUE says.
  const year = digitsAt(trimmed, 0, 4);
  const month = digitsAt(trimmed, 4, 2);
  const day = digitsAt(trimmed, 6, 2);
  const dateDigits = year >= 0 && month >= 0 && day >= 0;
  // `20131210Z`: Google's birthday calendars write RDATEs as a date with a stray UTC mark; ical.js reads
  // them as the date, and so do we (a day has no zone to mark).
  const dateOnly = trimmed.length === 8 || (trimmed.length === 9 && (trimmed.charCodeAt(8) | 32) === 122);
  if (dateDigits && dateOnly) {
    if (!isRealDate(year, month, day)) return undefined;
    return { kind: 'date', day: dayOfDigits(trimmed) };
  }
  if (params.get('VALUE')?.toUpperCase() === 'DATE') {
    // `VALUE=DATE:20110804T120000` (seen in the wild): the date is plain, the time contradicts VALUE and
    // is dropped, as ical.js does, rather than losing the whole event.
    if (!dateDigits || (trimmed.charCodeAt(8) | 32) !== 116 || !isRealDate(year, month, day))
      return undefined;
    return { kind: 'date', day: dayOfDigits(trimmed) };
  }
  // yyyymmddThhmmss, then Z for UTC or nothing for a wall-clock time; T and Z in either case.
  const separator = trimmed.charCodeAt(8);
  const zone = trimmed.charCodeAt(15);
  const utc = trimmed.length === 16 && (zone === 90 || zone === 122);
  if (!dateDigits || (separator !== 84 && separator !== 116) || (trimmed.length !== 15 && !utc))
    return undefined;
  const hour = digitsAt(trimmed, 9, 2);
  const minute = digitsAt(trimmed, 11, 2);
  const seconds = digitsAt(trimmed, 13, 2);
  if (hour < 0 || minute < 0 || seconds < 0) return undefined;
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || seconds > 59) return undefined;
  // Checked digit by digit above (a real date, hours and minutes in range).
  const local = trustedLocalDateTime(
    `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}T${trimmed.slice(9, 11)}:${trimmed.slice(11, 13)}`,
  );
  if (utc) return { kind: 'utc', local, seconds };
  return { kind: 'local', local, seconds, tzid: params.get('TZID')?.trim() || null };
}

/** Unescapes a TEXT value (RFC 5545 §3.3.11); a lone backslash before another character is dropped. */
export function unescapeIcsText(value: string): string {
  let slash = value.indexOf('\\');
  if (slash === -1) return value;
  // A manual scan: descriptions are the bulk of a calendar file and a regex callback per escape is slow.
  // The parts are joined once into a flat string; `+=` per escape would leave a rope of dozens of
  // pieces behind every imported description for as long as the preview keeps it.
  const unescaped: string[] = [];
  let start = 0;
  while (slash !== -1) {
    unescaped.push(value.slice(start, slash));
    const next = value[slash + 1];
    if (next === 'n' || next === 'N') unescaped.push('\n');
    else if (next === '\\' || next === ';' || next === ',') unescaped.push(next);
    start =
      next === undefined || next === 'n' || next === 'N' || next === '\\' || next === ';' || next === ','
        ? slash + 2
        : slash + 1;
    slash = value.indexOf('\\', start);
  }
  unescaped.push(value.slice(start));
  return unescaped.join('');
}

/** Appends the comma-separated parts of a list value to `into`, unescaped and trimmed; empty parts are dropped. */
export function splitIcsList(value: string, into: string[] = []): string[] {
  let start = 0;
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 44;
    if (code === 92) index++;
    else if (code === 44) {
      const part = unescapeIcsText(value.slice(start, index)).trim();
      if (part !== '') into.push(part);
      start = index + 1;
    }
  }
  return into;
}

/**
 * Why an RRULE value is unacceptable, or undefined when it looks sound. RFC 5545 §3.3.10 forbids COUNT
 * together with UNTIL; INTERVAL must be a positive integer (0 would repeat one instant forever).
 */
export function rruleProblem(value: string): string | undefined {
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) parts.set(part.slice(0, equals).trim().toUpperCase(), part.slice(equals + 1).trim());
  }
  const freq = parts.get('FREQ');
  if (!freq || !/^(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/i.test(freq)) {
    return 'RRULE has no valid FREQ';
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !/^[1-9]\d{0,5}$/.test(interval))
    return `RRULE INTERVAL=${interval} is not a positive integer`;
  if (parts.has('COUNT') && parts.has('UNTIL')) return 'RRULE has both COUNT and UNTIL';
  const count = parts.get('COUNT');
  if (count !== undefined && !/^[1-9]\d{0,6}$/.test(count))
    return `RRULE COUNT=${count} is not a positive integer`;
  return undefined;
}
