import type { Instant } from '../types';
import { instantToLocal, instantOf } from '../zoned-time';

const MINUTE = 60_000;
const DAY = 86_400_000;
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(ms: number, zone: string): number {
  const local = instantToLocal(instantOf(new Date(ms)), zone);
  return Math.round((Date.parse(`${local}:00Z`) - Math.floor(ms / MINUTE) * MINUTE) / MINUTE);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

type Transition = { at: number; from: number; to: number };

/** The offset changes of `year` in `zone`, found day by day and then to the minute. */
function transitions(zone: string, year: number): Transition[] {
  const out: Transition[] = [];
  let previous = offsetMinutes(Date.UTC(year, 0, 1), zone);
  for (let day = Date.UTC(year, 0, 1) + DAY; day <= Date.UTC(year + 1, 0, 1); day += DAY) {
    const offset = offsetMinutes(day, zone);
    if (offset === previous) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(mid, zone) === previous) low = mid;
      else high = mid;
    }
    out.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return out;
}

/** The day of the month of the nth (or, for -1, last) `weekday` of a month. */
function nthWeekdayOf(year: number, month: number, nth: number, weekday: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return nth === -1 ? firstMatch + 7 * Math.floor((length - firstMatch) / 7) : firstMatch + 7 * (nth - 1);
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', change: Transition): string[] {
  // DTSTART is the wall time just before the change, in the offset it changes from (RFC 5545 3.6.5).
  const wall = new Date(change.at + change.from * MINUTE);
  const month = wall.getUTCMonth() + 1;
  const date = wall.getUTCDate();
  const length = new Date(Date.UTC(wall.getUTCFullYear(), month, 0)).getUTCDate();
  const nth = date + 7 > length ? -1 : Math.ceil(date / 7);
  // The rule starts in 1970, as most producers write it, so every window of a series lies after it.
  const first = nthWeekdayOf(1970, month, nth, wall.getUTCDay());
  const time = wall.toISOString().replace(/[-:]/g, '').slice(8, 15);
  const stamp = `1970${String(month).padStart(2, '0')}${String(first).padStart(2, '0')}${time}`;
  return [
    `BEGIN:${kind}`,
    `DTSTART:${stamp}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${DAYS[wall.getUTCDay()] ?? 'SU'}`,
    `TZOFFSETFROM:${offsetText(change.from)}`,
    `TZOFFSETTO:${offsetText(change.to)}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for `zone` as its rules stand in the year of `at`: one STANDARD and one DAYLIGHT
 * observance with yearly rules when the zone changes its clocks that year, or one STANDARD
 * otherwise. Calendar apps that do not know the IANA name (RFC 5545 3.6.5 leaves TZIDs opaque)
 * read a repeating window's wall time through it. Zones whose rules changed since are described
 * as they are in that year.
 */
export function vtimezoneLines(zone: string, at: Instant): string[] {
  const year = new Date(at).getUTCFullYear();
  const changes = transitions(zone, year);
  const head = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (changes.length === 0) {
    const offset = offsetText(offsetMinutes(Date.parse(at), zone));
    const standard = [
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    ];
    return [...head, ...standard, 'END:VTIMEZONE'];
  }
  const lines = changes.flatMap((change) =>
    observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', change),
  );
  return [...head, ...lines, 'END:VTIMEZONE'];
}
