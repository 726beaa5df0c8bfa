import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import type { CalendarDay, Instant, LocalDateTime } from './types';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True when `zone` is an IANA time zone this runtime knows (`UTC` included). */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True when `value` is a well-formed `yyyy-MM-ddTHH:mm` with a real date and time. */
export function isLocalDateTime(value: string): boolean {
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
 * The instant a wall-clock time in `zone` names. A time skipped by a spring-forward change
 * resolves forward (02:30 on the London change day is 03:30 BST), as calendar apps do.
 */
export function localToInstant(local: LocalDateTime, zone: string): Instant {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const zoned = new TZDate(y, mo - 1, d, h, mi, 0, zone);
  if (!isValid(zoned)) throw new Error(`Not a valid time in ${zone}: ${local}`);
  return new Date(zoned.getTime()).toISOString();
}

/** The wall-clock time `yyyy-MM-ddTHH:mm` an instant shows in `zone`. */
export function instantToLocal(instant: Instant, zone: string): LocalDateTime {
  return format(new TZDate(new Date(instant).getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

/** The calendar day an instant falls on in `zone`. */
export function instantToDay(instant: Instant, zone: string): CalendarDay {
  return format(new TZDate(new Date(instant).getTime(), zone), 'yyyy-MM-dd');
}

/** Formats an instant for people in `zone`, e.g. `Sat 5 Dec 2026, 22:00 GMT`. */
export function formatInstantInZone(instant: Instant, zone: string): string {
  const date = new Date(instant);
  const zoneName =
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? zone;
  return `${format(new TZDate(date.getTime(), zone), 'EEE d MMM yyyy, HH:mm')} ${zoneName}`;
}

/** Whole minutes from `start` to `end` (real elapsed time, so DST changes count as they happen). */
export function minutesBetween(start: Instant, end: Instant): number {
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}

/** The instant `minutes` after `instant`. */
export function addMinutesToInstant(instant: Instant, minutes: number): Instant {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}
