import { boundedCache } from './bounded-cache';
import { trustedCalendarDay } from './calendar-day';
import type { CalendarDay, Instant, LocalDateTime } from './types';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

type WallParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: string };

// Intl does the zone maths (it carries the runtime's tz database); building a formatter is the
// slow part, so each zone's is made once. Plain Intl, not a Date subclass, so a patched global
// Date (test clocks) cannot change what a wall time means.
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    wallFormatters.set(zone, formatter);
  }
  return formatter;
}

function wallParts(epochMs: number, zone: string): WallParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of wallFormatter(zone).formatToParts(epochMs)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: parts.weekday ?? '',
  };
}

// Every build of the calendar converts the same windows' instants again (issue 13: a few
// milliseconds of Intl per write at 10,000 items), so answers are kept, forgotten all at once when
// this many are held.
const LOCAL_TIMES_KEPT = 4096;
const localTimes = boundedCache<LocalDateTime>(LOCAL_TIMES_KEPT);
// And the other way: the conflicts' first pass reads every launch's day in its zone, most of them
// days another launch shares (issue 13: a third of that pass at 10,000 items was Intl).
const instants = boundedCache<Instant>(LOCAL_TIMES_KEPT);

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** True when `zone` is an IANA time zone this runtime knows (`UTC` included). */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    wallFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** True when `value` is a well-formed `yyyy-MM-ddTHH:mm` with a real date and time. */
export function isLocalDateTime(value: string): value is LocalDateTime {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60
  );
}

/**
 * `value` as a LocalDateTime, checked by `isLocalDateTime`; throws "Not a local date-time" (the
 * error localToInstant has always thrown) otherwise. The way in for text: forms, files, joins of
 * a day and a time.
 */
export function toLocalDateTime(value: string): LocalDateTime {
  if (!isLocalDateTime(value)) throw new Error(`Not a local date-time: ${value}`);
  return value;
}

/**
 * `value` as a LocalDateTime without a check, for text our own code has just formatted from a
 * real date and time (a parsed ICS DATE-TIME, a zone's wall clock). Never for input.
 */
export function trustedLocalDateTime(value: string): LocalDateTime {
  return value as LocalDateTime;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** True when `value` is an ISO 8601 instant in UTC (`yyyy-MM-ddTHH:mm[:ss[.SSS]]Z`) that names a moment. */
export function isInstant(value: string): value is Instant {
  return INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * `value` as an Instant, checked by `isInstant`; throws "Not an instant" otherwise. The way in for
 * text: files, IPC arguments, tests.
 */
export function toInstant(value: string): Instant {
  if (!isInstant(value)) throw new Error(`Not an instant: ${value}`);
  return value;
}

/**
 * `value` as an Instant without a check, for text our own code has just formatted from a real
 * moment (`date.toISOString()`). Never for input.
 */
export function trustedInstant(value: string): Instant {
  return value as Instant;
}

/** Midnight UTC at the start of `day`: the bounds the calendar and the rules expand repeating windows by. */
export function utcStartOfDay(day: CalendarDay): Instant {
  return trustedInstant(`${day}T00:00:00.000Z`);
}

/** The current moment of `date` as an Instant (`toISOString`, so always UTC with milliseconds). */
export function instantOf(date: Date): Instant {
  return trustedInstant(date.toISOString());
}

const HOUR_MS = 3_600_000;

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(epochMs: number, zone: string): number {
  const wall = wallParts(epochMs, zone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return wallAsUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time in `zone` names, resolved as RFC 5545 §3.3.5 asks: a time that
 * happens twice (the autumn change) means its first occurrence, and a time skipped by the
 * spring change is read with the offset in force before the gap, so London's 01:30 on
 * 29 March 2026 is 02:30 BST. Every zone behaves the same way.
 */
export function localToInstant(local: LocalDateTime, zone: string): Instant {
  return instants(`${zone}\u0000${local}`, () => resolveLocal(local, zone));
}

function resolveLocal(local: LocalDateTime, zone: string): Instant {
  const match = LOCAL_PATTERN.exec(local);
  if (!match || !isLocalDateTime(local)) throw new Error(`Not a local date-time: ${local}`);
  if (!isKnownTimeZone(zone)) throw new Error(`Unknown time zone: ${zone}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Offsets a day either side bracket any single change; real zones never change twice in a day.
  const before = offsetAt(wallAsUtc - 24 * HOUR_MS, zone);
  const after = offsetAt(wallAsUtc + 24 * HOUR_MS, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset)
    .filter((epochMs) => instantToLocal(instantOf(new Date(epochMs)), zone) === local)
    .sort((a, b) => a - b);
  const chosen = candidates[0] ?? wallAsUtc - before;
  return instantOf(new Date(chosen));
}

/** The wall-clock time `yyyy-MM-ddTHH:mm` an instant shows in `zone`. */
export function instantToLocal(instant: Instant, zone: string): LocalDateTime {
  return localTimes(`${zone}\u0000${instant}`, () => {
    const wall = wallParts(new Date(instant).getTime(), zone);
    return trustedLocalDateTime(
      `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`,
    );
  });
}

/**
 * The instant on `day` at the wall-clock time `instant` shows in `zone`: a timed item moved to another
 * day keeps its time of day. A time the new day skips (spring change) resolves as localToInstant does.
 */
export function sameTimeOnDay(instant: Instant, day: CalendarDay, zone: string): Instant {
  return localToInstant(toLocalDateTime(`${day}T${instantToLocal(instant, zone).slice(11)}`), zone);
}

/** The calendar day part of a wall-clock time. */
export function localDay(local: LocalDateTime): CalendarDay {
  return trustedCalendarDay(local.slice(0, 10));
}

/** The calendar day an instant falls on in `zone`. */
export function instantToDay(instant: Instant, zone: string): CalendarDay {
  return localDay(instantToLocal(instant, zone));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function shortZoneName(date: Date, zone: string, locale: string): string | undefined {
  const key = `${locale}|${zone}`;
  let formatter = nameFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormatters.set(key, formatter);
  }
  return formatter.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * A zone's everyday abbreviation at an instant (EST, BST, CET), or its UTC offset (GMT+5:30)
 * where people use none. Locales know different abbreviations (en-US has EST but not BST, en-GB
 * the reverse), so it asks both and prefers a name over an offset.
 */
export function zoneAbbreviation(instant: Instant, zone: string): string {
  const date = new Date(instant);
  const names = ['en-US', 'en-GB']
    .map((locale) => shortZoneName(date, zone, locale))
    .filter((name) => name !== undefined);
  return names.find((name) => !/^(GMT|UTC)[+-]/.test(name)) ?? names[0] ?? zone;
}

/** Formats an instant for people in `zone`, e.g. `Sat 5 Dec 2026, 22:00 GMT`. */
export function formatInstantInZone(instant: Instant, zone: string): string {
  const date = new Date(instant);
  const wall = wallParts(date.getTime(), zone);
  const month = MONTHS[wall.month - 1] ?? '';
  return `${wall.weekday} ${wall.day} ${month} ${wall.year}, ${pad(wall.hour)}:${pad(wall.minute)} ${zoneAbbreviation(instant, zone)}`;
}

/** Whole minutes from `start` to `end` (real elapsed time, so DST changes count as they happen). */
export function minutesBetween(start: Instant, end: Instant): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

/** The instant `minutes` after `instant`. */
export function addMinutesToInstant(instant: Instant, minutes: number): Instant {
  return instantOf(new Date(new Date(instant).getTime() + minutes * 60_000));
}
