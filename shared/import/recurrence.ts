import ICAL from 'ical.js';
import type { CalendarDay } from '../types';
import type { IcsTime } from './ics-values';

export type Occurrence =
  { kind: 'date'; day: CalendarDay } | { kind: 'time'; local: string; seconds: number };

export type Expansion = { occurrences: Occurrence[]; truncated: boolean; error?: string };

function toIcalTime(start: IcsTime): ICAL.Time {
  if (start.kind === 'date') {
    const [year, month, day] = start.day.split('-').map(Number) as [number, number, number];
    return ICAL.Time.fromData({ year, month, day, isDate: true });
  }
  const [date, time] = start.local.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // Wall-clock iteration keeps "every Monday 09:00" at 09:00 across DST changes, as the RFC intends.
  const zone = start.kind === 'utc' ? ICAL.Timezone.utcTimezone : undefined;
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: start.seconds, isDate: false }, zone);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function fromIcalTime(time: ICAL.Time): Occurrence {
  const day = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return { kind: 'date', day };
  return { kind: 'time', local: `${day}T${pad(time.hour)}:${pad(time.minute)}`, seconds: time.second };
}

/**
 * The start times an RRULE produces from `start` (the first included), in the start's own wall clock,
 * stopping at `maxOccurrences` or after `horizonDay`, whichever comes first; `truncated` says whether
 * the rule would have gone on. The caller drops EXDATEs, so it asks for as many more as it has.
 */
export function expandRecurrence(
  rrule: string,
  start: IcsTime,
  options: { maxOccurrences: number; horizonDay: CalendarDay },
): Expansion {
  let iterator: ICAL.RecurIterator;
  try {
    iterator = ICAL.Recur.fromString(rrule).iterator(toIcalTime(start));
  } catch (error) {
    return {
      occurrences: [],
      truncated: false,
      error: `RRULE could not be read: ${(error as Error).message}`,
    };
  }
  const occurrences: Occurrence[] = [];
  for (;;) {
    let next: ICAL.Time | null;
    try {
      next = iterator.next();
    } catch (error) {
      return {
        occurrences,
        truncated: false,
        error: `RRULE could not be expanded: ${(error as Error).message}`,
      };
    }
    if (!next) return { occurrences, truncated: false };
    const occurrence = fromIcalTime(next);
    const day = occurrence.kind === 'date' ? occurrence.day : occurrence.local.slice(0, 10);
    if (day > options.horizonDay) return { occurrences, truncated: true };
    if (occurrences.length >= options.maxOccurrences) return { occurrences, truncated: true };
    occurrences.push(occurrence);
  }
}
