import type { Instant } from '../types';
import { instantToLocal, localToInstant, minutesBetween, toLocalDateTime } from '../zoned-time';
import { occurrenceAt, type WindowSeries } from './expand';
import { weekOfMonth, type WindowOccurrence } from './rule';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** `yyyyMMddTHHmmss` of a wall-clock time in the series' zone. */
function icsLocal(instant: Instant, zone: string): string {
  return `${instantToLocal(instant, zone).replace(/[-:]/g, '')}00`;
}

function icsUtc(instant: Instant): string {
  return `${new Date(instant).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/**
 * The RRULE value of a series (RFC 5545 3.3.10), read from its first start in its zone: weekly on
 * its weekdays with WKST=MO (the weeks our expansion counts), monthly BYMONTHDAY or BYDAY=2TU /
 * -1TU, and UNTIL as the last minute of the end day in UTC, as the RFC requires with a TZID start.
 */
export function rruleOf(series: WindowSeries): string {
  const rule = series.recurrence;
  const local = instantToLocal(series.start, series.timeZone);
  const first = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  const parts = [`FREQ=${rule.freq.toUpperCase()}`, `INTERVAL=${rule.interval}`];
  if (rule.freq === 'weekly') {
    const days = rule.weekdays.length > 0 ? rule.weekdays : [first.getUTCDay()];
    parts.push(
      `BYDAY=${[...days]
        .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
        .map((d) => DAYS[d])
        .join(',')}`,
    );
    parts.push('WKST=MO');
  }
  if (rule.freq === 'monthly' && rule.monthlyBy === 'date') parts.push(`BYMONTHDAY=${first.getUTCDate()}`);
  if (rule.freq === 'monthly' && rule.monthlyBy === 'weekday') {
    const nth = weekOfMonth(first.getUTCDate());
    parts.push(`BYDAY=${nth === 5 ? -1 : nth}${DAYS[first.getUTCDay()] ?? ''}`);
  }
  if (rule.ends.kind === 'count') parts.push(`COUNT=${rule.ends.count}`);
  if (rule.ends.kind === 'until') {
    parts.push(
      `UNTIL=${icsUtc(localToInstant(toLocalDateTime(`${rule.ends.day}T23:59`), series.timeZone)).replace('00Z', '59Z')}`,
    );
  }
  return parts.join(';');
}

/** A moved occurrence as the export writes it: an override of the series at its original start. */
export type SeriesOverride = { originalStart: Instant; start: Instant; end: Instant };

/**
 * The time lines of a series' master VEVENT, in its own zone (so calendar apps repeat it at its
 * wall time across DST): DTSTART with TZID, an exact DURATION, the RRULE, and one EXDATE per cancelled
 * occurrence. Moved occurrences come back as overrides (RECURRENCE-ID components) for the caller
 * to write. Changes that no longer match an occurrence of the rule are left out.
 */
export function seriesTimeLines(
  series: WindowSeries,
  changes: readonly WindowOccurrence[],
): { lines: string[]; overrides: SeriesOverride[] } {
  const zone = series.timeZone;
  const tz = `TZID=${zone}`;
  const lines = [
    `DTSTART;${tz}:${icsLocal(series.start, zone)}`,
    // An exact DURATION, not a DTEND wall time: an end in a DST fall-back hour (01:30 on the night
    // clocks go back) names two instants, and a reader may take the other one.
    `DURATION:PT${minutesBetween(series.start, series.end)}M`,
    `RRULE:${rruleOf(series)}`,
  ];
  const mine = changes
    .filter((row) => row.seriesId === series.id && occurrenceAt(series, row.originalStart) !== null)
    .sort((a, b) => a.originalStart.localeCompare(b.originalStart));
  const cancelled = mine.filter((row) => row.cancelled);
  if (cancelled.length > 0)
    lines.push(`EXDATE;${tz}:${cancelled.map((row) => icsLocal(row.originalStart, zone)).join(',')}`);
  const overrides = mine.flatMap((row) =>
    !row.cancelled && row.start !== null && row.end !== null
      ? [{ originalStart: row.originalStart, start: row.start, end: row.end }]
      : [],
  );
  return { lines, overrides };
}

/** The RECURRENCE-ID line of an override, in the series' zone as its DTSTART is. */
export function recurrenceIdLine(series: WindowSeries, originalStart: Instant): string {
  return `RECURRENCE-ID;TZID=${series.timeZone}:${icsLocal(originalStart, series.timeZone)}`;
}
