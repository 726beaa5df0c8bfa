import type { CalendarDay, LocalDateTime } from '../types';

/** A DATE or DATE-TIME value as written: a day, a UTC time, or a wall-clock time (zone from TZID). */
export type IcsTime =
  | { kind: 'date'; day: CalendarDay }
  | { kind: 'utc'; local: LocalDateTime; seconds: number }
  | { kind: 'local'; local: LocalDateTime; seconds: number; tzid: string | null };

// Validity of a Gregorian date by round trip through UTC, which has no gaps: cheaper than parsing.
function isRealDate(y: string, mo: string, d: string): boolean {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

/** Reads a DATE or DATE-TIME (RFC 5545 §3.3.4–5); undefined when it is not a real one. */
export function parseIcsTime(value: string, params: ReadonlyMap<string, string>): IcsTime | undefined {
  const trimmed = value.trim();
  const date = DATE.exec(trimmed);
  if (date) {
    const [, y, mo, d] = date as unknown as [string, string, string, string];
    return isRealDate(y, mo, d) ? { kind: 'date', day: `${y}-${mo}-${d}` } : undefined;
  }
  if (params.get('VALUE')?.toUpperCase() === 'DATE') return undefined;
  const match = DATE_TIME.exec(trimmed);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, z] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const local = `${y}-${mo}-${d}T${h}:${mi}`;
  const seconds = Number(s);
  if (!isRealDate(y, mo, d) || Number(h) > 23 || Number(mi) > 59 || seconds > 59) return undefined;
  if (z !== '') return { kind: 'utc', local, seconds };
  return { kind: 'local', local, seconds, tzid: params.get('TZID')?.trim() || null };
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** A DURATION (RFC 5545 §3.3.6) as whole days plus seconds; undefined when malformed or negative. */
export function parseIcsDuration(value: string): { days: number; seconds: number } | undefined {
  const match = DURATION.exec(value.trim());
  if (!match || match[1] === '-' || value.trim().toUpperCase() === 'P' || /T$/i.test(value.trim()))
    return undefined;
  const [, , w, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  return { days: (w ?? 0) * 7 + (d ?? 0), seconds: (h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0) };
}

/** Unescapes a TEXT value (RFC 5545 §3.3.11); a lone backslash before another character is dropped. */
export function unescapeIcsText(value: string): string {
  let slash = value.indexOf('\\');
  if (slash === -1) return value;
  // A manual scan: descriptions are the bulk of a calendar file and a regex callback per escape is slow.
  let out = '';
  let start = 0;
  while (slash !== -1) {
    out += value.slice(start, slash);
    const next = value[slash + 1];
    if (next === 'n' || next === 'N') out += '\n';
    else if (next === '\\' || next === ';' || next === ',') out += next;
    start =
      next === undefined || next === 'n' || next === 'N' || next === '\\' || next === ';' || next === ','
        ? slash + 2
        : slash + 1;
    slash = value.indexOf('\\', start);
  }
  return out + value.slice(start);
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
