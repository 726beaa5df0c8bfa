import { toLocalDateTime, localDay, instantOf, trustedInstant } from '../zoned-time';
import type { DayTools } from '../day-tools';
import {
  MAX_WINDOW_DAYS,
  MAX_WINDOW_MINUTES,
  PLANNABLE_FIRST_DAY,
  PLANNABLE_LAST_DAY,
  PLANNABLE_LAST_INSTANT,
  PLANNABLE_RANGE_TEXT,
  PLANNABLE_FIRST_INSTANT,
  outOfRangeMessage,
} from '../plannable-range';
import type { CalendarDay, Instant } from '../types';
import type { ContentLine } from './ics-lines';
import type { IcsTime } from './ics-values';
import { parseIcsTime } from './ics-values';
import type { ImportedEvent, ImportProblem } from './types';
import type { ResolvedZone, ZoneResolver } from './zones';
import { instantToZoned, zoneName, zonedToInstant } from './zones';

/** Why one event is left out of the preview; caught per event, so the others still import. */
export class SkipEvent extends Error {}

/** What reading one file's events shares: zones, warnings, limits and cached day arithmetic. */
export type Context = {
  resolver: ZoneResolver;
  fallback: string;
  warnings: ImportProblem[];
  maxOccurrences: number;
  horizonDay: CalendarDay;
  stepBudget?: number;
  tools: DayTools;
  /** Event UID + TZID pairs already warned about as unknown zones. */
  unknownZones: Set<string>;
};

/** A start or end placed on the timeline: a day, or an instant with the zone it was written in. */
export type Placed =
  | { allDay: true; day: CalendarDay }
  | { allDay: false; instant: Instant; zone: string; resolved: ResolvedZone };

/**
 * An event's length: whole days for all-day events; for timed ones nominal days (a DURATION's `P1D`
 * is one calendar day in the event's zone, 23 or 25 hours across a DST change: RFC 5545 §3.3.6)
 * plus exact milliseconds.
 */
export type Span = { days: number; ms: number };

const DAY_MS = 86_400_000;
// The longest span that can start and end inside the plannable range; anything longer is a typo.
const MAX_SPAN_DAYS = Math.round((Date.parse(PLANNABLE_LAST_DAY) - Date.parse(PLANNABLE_FIRST_DAY)) / DAY_MS);
// All-day ends are exclusive: an event on the range's last day ends on the day after it.
const LAST_EXCLUSIVE_END = '2200-01-01';
const LAST_INSTANT_MS = Date.parse(PLANNABLE_LAST_INSTANT);
const UTC_ZONE: ResolvedZone = { iana: 'UTC', via: 'iana' };
const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/**
 * The plannable range for a day parseIcsTime has already checked is real. A string comparison (four-
 * digit years sort as dates): isPlannableDay's full parse would double the cost of a large import.
 */
export function inPlannableRange(day: string): boolean {
  return day >= PLANNABLE_FIRST_DAY && day <= PLANNABLE_LAST_DAY;
}

// The same for an ISO instant from toISOString: years past 9999 are written "+010000-…" and fail.
function instantInRange(instant: string): boolean {
  return /^\d{4}-/.test(instant) && instant >= PLANNABLE_FIRST_INSTANT && instant <= PLANNABLE_LAST_INSTANT;
}

/** Reads a DATE or DATE-TIME property, refusing one that is not a real date or lies outside the range. */
export function readTime(prop: ContentLine): IcsTime {
  const time = parseIcsTime(prop.value, prop.params);
  if (!time)
    throw new SkipEvent(
      `${prop.name} "${prop.value.slice(0, 40)}" on line ${prop.line} is not a valid date or date-time`,
    );
  const day = time.kind === 'date' ? time.day : time.local.slice(0, 10);
  if (!inPlannableRange(day))
    throw new SkipEvent(`${outOfRangeMessage(day)} ${prop.name} is on line ${prop.line}.`);
  return time;
}

/** Places a time on the timeline in its zone (unknown zones fall back with a warning), within the range. */
export function place(time: IcsTime, context: Context, line: number, uid: string): Placed {
  if (time.kind === 'date') return { allDay: true, day: time.day };
  if (time.kind === 'utc') {
    return {
      allDay: false,
      instant: trustedInstant(`${time.local}:${String(time.seconds).padStart(2, '0')}.000Z`),
      zone: 'UTC',
      resolved: UTC_ZONE,
    };
  }
  let zone: ResolvedZone | undefined;
  if (time.tzid !== null) {
    zone = context.resolver.resolve(time.tzid);
    // Once per event and zone: DTSTART, DTEND and every occurrence would otherwise each say it again.
    const said = `${uid}\u0000${time.tzid}`;
    if (!zone && !context.unknownZones.has(said)) {
      context.unknownZones.add(said);
      context.warnings.push({
        reason: `unknown time zone "${time.tzid}": read as ${context.fallback}`,
        line,
        uid,
      });
    }
  }
  zone ??= { iana: context.fallback, via: 'iana' };
  const instant = zonedToInstant(time.local, time.seconds, zone);
  // A wall-clock time on the range's edge can fall outside it once its zone is applied.
  if (!instantInRange(instant)) throw new SkipEvent(`${outOfRangeMessage(instant)} See line ${line}.`);
  return { allDay: false, instant, zone: zoneName(zone, context.fallback), resolved: zone };
}

/** Reads a DURATION value (RFC 5545 §3.3.6), throwing SkipEvent when it is invalid, negative or absurd. */
export function readDuration(prop: ContentLine): { days: number; seconds: number } {
  const value = prop.value.trim();
  const match = DURATION.exec(value);
  const quoted = `DURATION "${value.slice(0, 40)}" on line ${prop.line}`;
  if (!match || value.toUpperCase().endsWith('P') || /T$/i.test(value))
    throw new SkipEvent(`${quoted} is not valid`);
  if (match[1] === '-') throw new SkipEvent(`${quoted} is negative: an event cannot end before it starts`);
  const [, , w, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  const days = (w ?? 0) * 7 + (d ?? 0);
  const seconds = (h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0);
  // Checked in floating point before any Date is made: 999999999999999999 weeks must not reach one.
  if (!(days + seconds / 86_400 <= MAX_SPAN_DAYS))
    throw new SkipEvent(
      `${quoted} is too long: the event would end outside the dates Tierline plans (${PLANNABLE_RANGE_TEXT})`,
    );
  return { days, seconds };
}

/**
 * The span of an event from DTEND, else DURATION, else a day for dates and an instant for
 * date-times (RFC 5545 §3.6.1). Every refusal names the line; a timed event longer than a
 * maintenance window may last is kept with a warning (it can only become an announcement).
 */
export function readSpan(props: ContentLine[], start: Placed, context: Context, uid: string): Span {
  const dtend = props.find((prop) => prop.name === 'DTEND');
  const durationProp = props.find((prop) => prop.name === 'DURATION');
  const span: Span = { days: start.allDay ? 1 : 0, ms: 0 };
  let spanLine = 0;
  if (dtend) {
    const end = place(readTime(dtend), context, dtend.line, uid);
    spanLine = dtend.line;
    const endsBefore =
      end.allDay && start.allDay
        ? end.day < start.day
        : !end.allDay && !start.allDay && Date.parse(end.instant) < Date.parse(start.instant);
    // RFC 5545 §3.8.2.2 wants DTEND of DTSTART's value type and later than it; producers that break
    // either (Outlook with two zones, an override moved without its DTEND, Lanyrd's date-time starts
    // with date ends) still mean the start. Read as if DTEND were absent (§3.6.1: a day, or the instant
    // itself), as ical.js reads the start, instead of losing the event.
    const broken =
      end.allDay !== start.allDay
        ? 'is not of the same value type (date or date-time) as DTSTART'
        : endsBefore
          ? 'is before DTSTART'
          : null;
    if (broken) {
      context.warnings.push({
        reason: `DTEND (line ${dtend.line}) ${broken}: read as ${start.allDay ? 'lasting one day' : 'ending when it starts'}`,
        line: dtend.line,
        uid,
      });
    } else if (end.allDay && start.allDay) {
      span.days =
        end.day === start.day ? 1 : Math.round((Date.parse(end.day) - Date.parse(start.day)) / DAY_MS);
    } else if (!end.allDay && !start.allDay) {
      span.ms = Date.parse(end.instant) - Date.parse(start.instant);
    }
  } else if (durationProp) {
    const duration = readDuration(durationProp);
    spanLine = durationProp.line;
    if (start.allDay) span.days = Math.max(1, duration.days + Math.ceil(duration.seconds / 86_400));
    else {
      span.days = duration.days;
      span.ms = duration.seconds * 1000;
    }
  }
  const timedMs = span.ms + (start.allDay ? 0 : span.days * DAY_MS);
  if (!start.allDay && timedMs > MAX_WINDOW_MINUTES * 60_000) {
    context.warnings.push({
      reason: `the event lasts ${Math.round(timedMs / DAY_MS)} days, longer than the ${MAX_WINDOW_DAYS} days a maintenance window may last: it can be imported as an announcement only`,
      line: spanLine,
      uid,
    });
  }
  return span;
}

/** The exclusive end of an event placed at `placed`, or null when it would end outside the range. */
export function endOf(placed: Placed, span: Span, tools: DayTools): string | null {
  if (placed.allDay) {
    const end = tools.addDays(placed.day, span.days);
    return /^\d{4}-\d{2}-\d{2}$/.test(end) && end <= LAST_EXCLUSIVE_END ? end : null;
  }
  let from = placed.instant;
  if (span.days > 0) {
    // Nominal days: the same wall-clock time that many days later, in the zone the event was written in.
    const wall = instantToZoned(placed.instant, placed.resolved);
    const day = tools.addDays(localDay(wall.local), span.days);
    if (!inPlannableRange(day)) return null;
    from = zonedToInstant(toLocalDateTime(`${day}${wall.local.slice(10)}`), wall.seconds, placed.resolved);
  }
  const endMs = Date.parse(from) + span.ms;
  return Number.isFinite(endMs) && endMs <= LAST_INSTANT_MS ? instantOf(new Date(endMs)) : null;
}

/**
 * Whether an imported event can become a maintenance window: windows last at most MAX_WINDOW_DAYS
 * (all-day events count their days, timed ones their length).
 */
export function fitsMaintenanceWindow(event: Pick<ImportedEvent, 'allDay' | 'start' | 'end'>): boolean {
  if (event.allDay) {
    const days = Math.round((Date.parse(event.end) - Date.parse(event.start)) / DAY_MS);
    return days <= MAX_WINDOW_DAYS;
  }
  return Date.parse(event.end) - Date.parse(event.start) <= MAX_WINDOW_MINUTES * 60_000;
}
