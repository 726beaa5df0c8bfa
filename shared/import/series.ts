import type { Context, Placed, Span } from './event-times';
import { SkipEvent, inPlannableRange, place, readDuration } from './event-times';
import type { CalendarDay } from '../types';
import { localDay, trustedInstant } from '../zoned-time';
import type { ContentLine } from './ics-lines';
import type { IcsTime } from './ics-values';
import { parseIcsTime, rruleProblem } from './ics-values';
import { expandRecurrence } from './recurrence';
import type { ResolvedZone } from './zones';
import { instantToZoned } from './zones';

/** One start of a series, with its own span when an RDATE PERIOD gives one. */
export type SeriesStart = { placed: Placed; id: string; wallDay: string; span?: Span };

export type Series = { starts: SeriesStart[]; truncated: boolean };

const UNTIL_UTC = /(^|;)UNTIL=(\d{8}T\d{6})Z(?=;|$)/i;

function idOf(placed: Placed): string {
  return placed.allDay ? placed.day : placed.instant;
}

// Exchange writes UNTIL in UTC while the series runs on the wall clock of its zone; ical.js compares the
// two as if both were wall-clock times, which drops the last occurrence east of UTC and keeps one past
// the end west of it. The UTC UNTIL is rewritten as the same instant on the series' own wall clock.
function untilOnWallClock(rrule: string, zone: ResolvedZone | undefined): string {
  const match = UNTIL_UTC.exec(rrule);
  if (!zone || !match?.[2]) return rrule;
  const until = parseIcsTime(`${match[2]}Z`, new Map());
  if (until?.kind !== 'utc') return rrule;
  const wall = instantToZoned(
    trustedInstant(`${until.local}:${String(until.seconds).padStart(2, '0')}.000Z`),
    zone,
  );
  const compact = `${wall.local.replace(/[-:]/g, '')}${String(wall.seconds).padStart(2, '0')}`;
  return rrule.replace(UNTIL_UTC, `$1UNTIL=${compact}`);
}

function zoneOf(start: IcsTime, context: Context): ResolvedZone | undefined {
  if (start.kind !== 'local') return undefined;
  return (
    (start.tzid === null ? undefined : context.resolver.resolve(start.tzid)) ?? {
      iana: context.fallback,
      via: 'iana',
    }
  );
}

function wallDayOf(time: IcsTime): CalendarDay {
  return time.kind === 'date' ? time.day : localDay(time.local);
}

// One RDATE value: a DATE, a DATE-TIME or a PERIOD (start/end or start/duration, RFC 5545 §3.3.9).
function readRdate(
  value: string,
  prop: ContentLine,
  startTime: IcsTime,
  context: Context,
  uid: string,
): SeriesStart | undefined {
  const [from = '', to] = value.split('/');
  const time = parseIcsTime(from, prop.params);
  const warn = (why: string): undefined => {
    context.warnings.push({
      reason: `RDATE "${value.slice(0, 40)}" on line ${prop.line} ignored: ${why}`,
      line: prop.line,
      uid,
    });
    return undefined;
  };
  if (!time || !inPlannableRange(wallDayOf(time))) return warn('not a date Tierline plans');
  if ((time.kind === 'date') !== (startTime.kind === 'date'))
    return warn('it is not the same kind of value (date or date-time) as DTSTART');
  const placed = place(time, context, prop.line, uid);
  if (to === undefined || placed.allDay) return { placed, id: idOf(placed), wallDay: wallDayOf(time) };
  let span: Span;
  if (/^[+-]?P/i.test(to)) {
    try {
      const duration = readDuration({ name: 'DURATION', params: new Map(), value: to, line: prop.line });
      span = { days: duration.days, ms: duration.seconds * 1000 };
    } catch {
      return warn('its period has no valid duration');
    }
  } else {
    const endTime = parseIcsTime(to, prop.params);
    if (!endTime || endTime.kind === 'date') return warn('its period has no valid end');
    const end = place(endTime, context, prop.line, uid);
    if (end.allDay || end.instant < placed.instant) return warn('its period ends before it starts');
    span = { days: 0, ms: Date.parse(end.instant) - Date.parse(placed.instant) };
  }
  return { placed, id: idOf(placed), wallDay: wallDayOf(time), span };
}

/**
 * Every start of a recurring event: DTSTART, the dates of each RRULE (several are merged, RFC 5545
 * §3.8.5.3) read on the series' wall clock (a UTC UNTIL is compared as the instant it is), and each
 * RDATE (dates, date-times and periods), sorted, without duplicates, up to the horizon. Throws
 * SkipEvent when a rule is unreadable or never matches.
 */
export function seriesStarts(
  rrules: ContentLine[],
  rdates: ContentLine[],
  startTime: IcsTime,
  start: Placed,
  context: Context,
  uid: string,
  extra: number,
): Series {
  const byId = new Map<string, SeriesStart>();
  // DTSTART is the first instance (RFC 5545 §3.8.5.2), unless it lies past the horizon. With repeat
  // rules it comes from them, as in ical.js: a rule whose UNTIL is before DTSTART yields nothing.
  let truncated = wallDayOf(startTime) > context.horizonDay;
  if (!truncated && rrules.length === 0)
    byId.set(idOf(start), { placed: start, id: idOf(start), wallDay: wallDayOf(startTime) });
  const zone = zoneOf(startTime, context);
  for (const rrule of rrules) {
    const problem = rruleProblem(rrule.value);
    if (problem) throw new SkipEvent(`${problem} (line ${rrule.line})`);
    const expansion = expandRecurrence(untilOnWallClock(rrule.value, zone), startTime, {
      maxOccurrences: context.maxOccurrences + extra,
      horizonDay: context.horizonDay,
      ...(context.stepBudget === undefined ? {} : { stepBudget: context.stepBudget }),
    });
    if (expansion.error) throw new SkipEvent(`${expansion.error} (RRULE, line ${rrule.line})`);
    if (expansion.warning)
      context.warnings.push({
        reason: `${expansion.warning} (RRULE, line ${rrule.line})`,
        line: rrule.line,
        uid,
      });
    truncated ||= expansion.truncated;
    for (const occurrence of expansion.occurrences) {
      const time: IcsTime =
        occurrence.kind === 'date'
          ? { kind: 'date', day: occurrence.day }
          : startTime.kind === 'utc'
            ? { kind: 'utc', local: occurrence.local, seconds: occurrence.seconds }
            : {
                kind: 'local',
                local: occurrence.local,
                seconds: occurrence.seconds,
                tzid: startTime.kind === 'local' ? startTime.tzid : null,
              };
      const placed = place(time, context, rrule.line, uid);
      if (!byId.has(idOf(placed)))
        byId.set(idOf(placed), { placed, id: idOf(placed), wallDay: wallDayOf(time) });
    }
  }
  for (const prop of rdates) {
    for (const value of prop.value.split(',')) {
      const read = readRdate(value.trim(), prop, startTime, context, uid);
      if (!read) continue;
      if (read.wallDay > context.horizonDay) truncated = true;
      else if (!byId.has(read.id)) byId.set(read.id, read);
    }
  }
  const starts = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { starts, truncated };
}
