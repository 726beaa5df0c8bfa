import ICAL from 'ical.js';
import type { CalendarDay, LocalDateTime } from '../types';
import { trustedCalendarDay } from '../calendar-day';
import { trustedLocalDateTime } from '../zoned-time';
import type { IcsTime } from './ics-values';
import { NEVER_MATCHES, neverMatchingRuleReason } from './rrule-never-matches';

export type Occurrence =
  { kind: 'date'; day: CalendarDay } | { kind: 'time'; local: LocalDateTime; seconds: number };

export type Expansion = {
  occurrences: Occurrence[];
  truncated: boolean;
  /** Why the event cannot be imported at all. */
  error?: string;
  /** Why the dates stop early, when some were found. */
  warning?: string;
};

/**
 * How many candidate dates ical.js may try between two occurrences before the rule is given up on.
 * A DAILY rule walks 20,000 days (55 years, longer than any horizon) in about a fifth of a second;
 * ical.js itself has no such limit for DAILY and finer rules and would loop for ever.
 */
export const RECURRENCE_STEP_BUDGET = 20_000;

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
  const day = trustedCalendarDay(`${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`);
  if (time.isDate) return { kind: 'date', day };
  // ical.js's own occurrence, read back field by field: a real date and time.
  const local = trustedLocalDateTime(`${day}T${pad(time.hour)}:${pad(time.minute)}`);
  return { kind: 'time', local, seconds: time.second };
}

function describe(occurrence: Occurrence): string {
  return occurrence.kind === 'date' ? occurrence.day : occurrence.local.replace('T', ' ');
}

// Thrown from inside ical.js's own loop (through the check it calls on every candidate), which is the
// only way to stop a `next()` that never returns.
class StopIteration extends Error {
  constructor(readonly why: 'budget' | 'horizon') {
    super(why);
  }
}

function dayNumber(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

// The months a BYMONTH part allows, to catch an ical.js date that breaks its own rule.
function allowedMonths(rrule: string): Set<number> | null {
  const match = /(?:^|;)BYMONTH=([\d,]+)/i.exec(rrule);
  return match?.[1] ? new Set(match[1].split(',').map(Number)) : null;
}

/**
 * The start times an RRULE produces from `start` (the first included), in the start's own wall clock,
 * stopping at `maxOccurrences` or after `horizonDay`, whichever comes first; `truncated` says whether
 * the rule would have gone on. The caller drops EXDATEs, so it asks for as many more as it has.
 * Never loops: a rule that cannot match, or finds no next date within `stepBudget` candidates, ends
 * with an `error` saying the repeat rule never matches, and no date past `horizonDay` is produced.
 */
export function expandRecurrence(
  rrule: string,
  start: IcsTime,
  options: { maxOccurrences: number; horizonDay: CalendarDay; stepBudget?: number },
): Expansion {
  const impossible = neverMatchingRuleReason(rrule);
  if (impossible) return { occurrences: [], truncated: false, error: impossible };
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
  const budget = options.stepBudget ?? RECURRENCE_STEP_BUDGET;
  const [hy, hm, hd] = options.horizonDay.split('-').map(Number) as [number, number, number];
  const horizon = dayNumber(hy, hm, hd);
  // Per gap between two dates, and for the whole event, so one event cannot hold the import up.
  let steps = 0;
  let allSteps = 0;
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    if (++steps > budget || ++allSteps > budget * 10) throw new StopIteration('budget');
    const last = iterator.last;
    if (dayNumber(last.year, last.month, last.day) > horizon) throw new StopIteration('horizon');
    return check();
  };
  const months = allowedMonths(rrule);
  const occurrences: Occurrence[] = [];
  for (;;) {
    let next: ICAL.Time | null;
    try {
      steps = 0;
      next = iterator.next();
    } catch (error) {
      if (error instanceof StopIteration && error.why === 'horizon') return { occurrences, truncated: true };
      if (error instanceof StopIteration) {
        // Past the start there is no next date within the budget: the rule is (in effect) empty.
        const last = occurrences.at(-1);
        if (occurrences.length <= 1 || !last) {
          const tries = String(budget).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          return {
            occurrences: [],
            truncated: false,
            error: `${NEVER_MATCHES} (no date within ${tries} tries)`,
          };
        }
        return {
          occurrences,
          truncated: false,
          warning: `the repeat rule takes too long to find the date after ${describe(last)}, so it stops there`,
        };
      }
      return {
        occurrences,
        truncated: false,
        error: `RRULE could not be expanded: ${(error as Error).message}`,
      };
    }
    if (!next) return { occurrences, truncated: false };
    if (dayNumber(next.year, next.month, next.day) > horizon) return { occurrences, truncated: true };
    const occurrence = fromIcalTime(next);
    if (occurrences.length > 0 && months && !months.has(next.month)) {
      return {
        occurrences: [],
        truncated: false,
        error: `${NEVER_MATCHES} as written: it gave ${describe(occurrence)}, outside its BYMONTH`,
      };
    }
    if (occurrences.length >= options.maxOccurrences) return { occurrences, truncated: true };
    occurrences.push(occurrence);
  }
}
