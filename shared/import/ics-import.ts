import { addYears } from 'date-fns';
import type { DayTools } from '../export/memo';
import { createDayTools } from '../export/memo';
import type { Instant } from '../types';
import { instantToDay, isKnownTimeZone } from '../zoned-time';
import type { ContentLine, EventBlock } from './ics-lines';
import { splitIcs } from './ics-lines';
import type { IcsTime } from './ics-values';
import { parseIcsDuration, parseIcsTime, rruleProblem, splitIcsList, unescapeIcsText } from './ics-values';
import { expandRecurrence } from './recurrence';
import { stableHash } from './stable-hash';
import type { IcsImportOptions, IcsImportResult, ImportedEvent, ImportProblem } from './types';
import type { ResolvedZone } from './zones';
import { ZoneResolver, zoneName, zonedToInstant } from './zones';

export type { IcsImportOptions, IcsImportResult, ImportedEvent, ImportProblem } from './types';

const CRITICAL = new Set(['DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RECURRENCE-ID', 'UID']);

class SkipEvent extends Error {}

type Context = {
  resolver: ZoneResolver;
  fallback: string;
  warnings: ImportProblem[];
  maxOccurrences: number;
  horizonDay: string;
  tools: DayTools;
};

type Placed = { allDay: true; day: string } | { allDay: false; instant: Instant; zone: string };

function place(time: IcsTime, context: Context, line: number, uid: string): Placed {
  if (time.kind === 'date') return { allDay: true, day: time.day };
  if (time.kind === 'utc') {
    return {
      allDay: false,
      instant: `${time.local}:${String(time.seconds).padStart(2, '0')}.000Z`,
      zone: 'UTC',
    };
  }
  let zone: ResolvedZone | undefined;
  if (time.tzid !== null) {
    zone = context.resolver.resolve(time.tzid);
    if (!zone) {
      context.warnings.push({
        reason: `unknown time zone "${time.tzid}": read as ${context.fallback}`,
        line,
        uid,
      });
    }
  }
  zone ??= { iana: context.fallback, via: 'iana' };
  return {
    allDay: false,
    instant: zonedToInstant(time.local, time.seconds, zone),
    zone: zoneName(zone, context.fallback),
  };
}

function first(props: ContentLine[], name: string): ContentLine | undefined {
  for (const prop of props) if (prop.name === name) return prop;
  return undefined;
}

function all(props: ContentLine[], name: string): ContentLine[] {
  const found: ContentLine[] = [];
  for (const prop of props) if (prop.name === name) found.push(prop);
  return found;
}

function readTime(prop: ContentLine): IcsTime {
  const time = parseIcsTime(prop.value, prop.params);
  if (!time)
    throw new SkipEvent(
      `${prop.name} "${prop.value.slice(0, 40)}" on line ${prop.line} is not a valid date or date-time`,
    );
  return time;
}

function categoriesOf(props: ContentLine[]): string[] {
  const categories: string[] = [];
  for (const prop of props) if (prop.name === 'CATEGORIES') splitIcsList(prop.value, categories);
  return categories;
}

function statusOf(props: ContentLine[]): ImportedEvent['status'] {
  const value = first(props, 'STATUS')?.value.trim().toUpperCase();
  return value === 'CANCELLED' ? 'cancelled' : value === 'TENTATIVE' ? 'tentative' : 'confirmed';
}

type Base = Pick<
  ImportedEvent,
  'title' | 'description' | 'location' | 'url' | 'categories' | 'status' | 'sequence'
>;
type Span = { days: number; ms: number };

function makeEvent(
  base: Base,
  uid: string,
  line: number,
  span: Span,
  context: Context,
  placed: Placed,
  recurrenceId: string | null,
): ImportedEvent {
  const start = placed.allDay ? placed.day : placed.instant;
  const end = placed.allDay
    ? context.tools.addDays(placed.day, span.days)
    : new Date(Date.parse(placed.instant) + span.ms).toISOString();
  // Written out in full rather than spread from `base`: the spread form was the import's hot spot.
  return {
    key: recurrenceId === null ? uid : `${uid}#${recurrenceId}`,
    uid,
    recurrenceId,
    title: base.title,
    description: base.description,
    location: base.location,
    url: base.url,
    categories: base.categories,
    allDay: placed.allDay,
    start,
    end,
    timeZone: placed.allDay ? context.fallback : placed.zone,
    status: base.status,
    sequence: base.sequence,
    line,
  };
}

function buildEvents(block: EventBlock, uid: string, context: Context): ImportedEvent[] {
  const { props, line } = block;
  for (const prop of props) {
    if (!prop.error) continue;
    if (CRITICAL.has(prop.name)) throw new SkipEvent(`${prop.name} on line ${prop.line}: ${prop.error}`);
    context.warnings.push({
      reason: `${prop.name} on line ${prop.line} ignored: ${prop.error}`,
      line: prop.line,
      uid,
    });
  }
  const dtstart = first(props, 'DTSTART');
  if (!dtstart) throw new SkipEvent('the event has no DTSTART');
  const startTime = readTime(dtstart);
  const start = place(startTime, context, dtstart.line, uid);

  // The span: DTEND, else DURATION, else a day for dates and an instant for date-times (RFC 5545 §3.6.1).
  let spanDays = start.allDay ? 1 : 0;
  let spanMs = 0;
  const dtend = first(props, 'DTEND');
  const durationProp = first(props, 'DURATION');
  if (dtend) {
    const end = place(readTime(dtend), context, dtend.line, uid);
    if (end.allDay !== start.allDay)
      throw new SkipEvent('DTSTART and DTEND are not both dates or both date-times');
    if (end.allDay && start.allDay) {
      if (end.day < start.day) throw new SkipEvent(`DTEND (line ${dtend.line}) is before DTSTART`);
      spanDays =
        end.day === start.day ? 1 : Math.round((Date.parse(end.day) - Date.parse(start.day)) / 86_400_000);
    } else if (!end.allDay && !start.allDay) {
      spanMs = Date.parse(end.instant) - Date.parse(start.instant);
      if (spanMs < 0) throw new SkipEvent(`DTEND (line ${dtend.line}) is before DTSTART`);
    }
  } else if (durationProp) {
    const duration = parseIcsDuration(durationProp.value);
    if (!duration)
      throw new SkipEvent(`DURATION "${durationProp.value}" on line ${durationProp.line} is not valid`);
    if (start.allDay) spanDays = Math.max(1, duration.days + Math.ceil(duration.seconds / 86_400));
    else spanMs = (duration.days * 86_400 + duration.seconds) * 1000;
  }

  const base: Base = {
    title: unescapeIcsText(first(props, 'SUMMARY')?.value ?? '').trim(),
    description: unescapeIcsText(first(props, 'DESCRIPTION')?.value ?? ''),
    location: unescapeIcsText(first(props, 'LOCATION')?.value ?? ''),
    url: (first(props, 'URL')?.value ?? '').trim(),
    categories: categoriesOf(props),
    status: statusOf(props),
    sequence: Math.max(0, Number.parseInt(first(props, 'SEQUENCE')?.value ?? '0', 10) || 0),
  };
  const span: Span = { days: spanDays, ms: spanMs };

  const recurrenceIdProp = first(props, 'RECURRENCE-ID');
  if (recurrenceIdProp) {
    const original = place(readTime(recurrenceIdProp), context, recurrenceIdProp.line, uid);
    return [
      makeEvent(base, uid, line, span, context, start, original.allDay ? original.day : original.instant),
    ];
  }
  const rrule = first(props, 'RRULE');
  if (!rrule) return [makeEvent(base, uid, line, span, context, start, null)];
  const problem = rruleProblem(rrule.value);
  if (problem) throw new SkipEvent(`${problem} (line ${rrule.line})`);
  const excluded = new Set<string>();
  for (const prop of all(props, 'EXDATE')) {
    for (const value of prop.value.split(',')) {
      const time = parseIcsTime(value, prop.params);
      if (!time) {
        context.warnings.push({
          reason: `EXDATE "${value}" on line ${prop.line} ignored: not a date`,
          line: prop.line,
          uid,
        });
        continue;
      }
      const placed = place(time, context, prop.line, uid);
      excluded.add(placed.allDay ? placed.day : placed.instant);
    }
  }
  if (props.some((prop) => prop.name === 'RDATE')) {
    context.warnings.push({
      reason: 'RDATE is not supported; only the RRULE occurrences are imported',
      line,
      uid,
    });
  }
  const expansion = expandRecurrence(rrule.value, startTime, {
    maxOccurrences: context.maxOccurrences + excluded.size,
    horizonDay: context.horizonDay,
  });
  if (expansion.error) throw new SkipEvent(`${expansion.error} (line ${rrule.line})`);
  const events: ImportedEvent[] = [];
  for (const occurrence of expansion.occurrences) {
    const placed: Placed =
      occurrence.kind === 'date'
        ? { allDay: true, day: occurrence.day }
        : place(
            startTime.kind === 'utc'
              ? { kind: 'utc', local: occurrence.local, seconds: occurrence.seconds }
              : {
                  kind: 'local',
                  local: occurrence.local,
                  seconds: occurrence.seconds,
                  tzid: startTime.kind === 'local' ? startTime.tzid : null,
                },
            context,
            dtstart.line,
            uid,
          );
    const id = placed.allDay ? placed.day : placed.instant;
    if (excluded.has(id)) continue;
    if (events.length >= context.maxOccurrences) {
      expansion.truncated = true;
      break;
    }
    events.push(makeEvent(base, uid, line, span, context, placed, id));
  }
  if (expansion.truncated) {
    context.warnings.push({
      reason: `recurrence stopped after ${events.length} occurrences (limit ${context.maxOccurrences}, horizon ${context.horizonDay})`,
      line,
      uid,
    });
  }
  return events;
}

/**
 * Reads an iCalendar file for the import preview without trusting it. Each VEVENT is read on its own:
 * one that cannot be understood (no or bad DTSTART, DTEND before DTSTART, INTERVAL=0, COUNT with UNTIL,
 * missing END, …) is listed in `skipped` with its reason and line while the others are kept. Windows
 * and vendor-prefixed zone names are mapped to IANA zones; unknown zones fall back to
 * `timeZoneFallback` with a warning. Recurring events are expanded to at most `maxOccurrences`
 * (default 500) occurrences within `horizonYears` (default 2) of `now`; RECURRENCE-ID overrides
 * replace the occurrence they name.
 */
export function parseIcsForImport(text: string, options: IcsImportOptions): IcsImportResult {
  const fallback = isKnownTimeZone(options.timeZoneFallback) ? options.timeZoneFallback : 'UTC';
  // VTIMEZONEs may follow the events that use them, so they are read first, and only when present.
  const timezones = /BEGIN:VTIMEZONE/i.test(text) ? splitIcs(text, { timezonesOnly: true }).timezones : [];
  const warnings: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const context: Context = {
    resolver: new ZoneResolver(timezones),
    fallback,
    warnings,
    maxOccurrences: Math.max(1, options.maxOccurrences ?? 500),
    horizonDay: instantToDay(addYears(new Date(options.now), options.horizonYears ?? 2).toISOString(), 'UTC'),
    tools: createDayTools(),
  };
  const maxEvents = options.maxEvents ?? 50_000;
  const byKey = new Map<string, ImportedEvent>();
  const anonymous = new Map<string, number>();
  const overrides = new Set<string>();
  let full = false;

  const onEvent = (block: EventBlock): void => {
    if (full) return;
    const uidProp = first(block.props, 'UID');
    let uid = uidProp ? unescapeIcsText(uidProp.value).trim() : '';
    if (block.error) {
      skipped.push({ reason: block.error, line: block.line, ...(uid ? { uid } : {}) });
      return;
    }
    if (uid === '') {
      // A UID-less event still needs a stable key: the same file must preview the same way twice.
      const seed = `${first(block.props, 'DTSTART')?.value ?? ''}|${first(block.props, 'SUMMARY')?.value ?? ''}`;
      const count = (anonymous.get(seed) ?? 0) + 1;
      anonymous.set(seed, count);
      uid = `imported-${stableHash(seed)}${count > 1 ? `-${count}` : ''}`;
      warnings.push({
        reason: 'the event has no UID; one was made from its start and title',
        line: block.line,
        uid,
      });
    }
    let built: ImportedEvent[];
    try {
      built = buildEvents(block, uid, context);
    } catch (error) {
      if (!(error instanceof SkipEvent)) throw error;
      skipped.push({ reason: error.message, line: block.line, uid });
      return;
    }
    const isOverride = first(block.props, 'RECURRENCE-ID') !== undefined;
    for (const event of built) {
      const existing = byKey.get(event.key);
      if (existing) {
        const existingIsOverride = overrides.has(event.key);
        // RECURRENCE-ID overrides replace their occurrence silently, whichever comes first in the file.
        if (isOverride !== existingIsOverride) {
          if (isOverride) {
            byKey.set(event.key, event);
            overrides.add(event.key);
          }
          continue;
        }
        if (event.sequence > existing.sequence) {
          byKey.set(event.key, event);
          skipped.push({
            reason: `superseded by the event on line ${event.line} (same UID, higher SEQUENCE)`,
            line: existing.line,
            uid,
          });
        } else {
          skipped.push({
            reason: `duplicate UID: the event on line ${existing.line} is kept`,
            line: event.line,
            uid,
          });
        }
        continue;
      }
      if (byKey.size >= maxEvents) {
        skipped.push({
          reason: `more than ${maxEvents} events: the rest of the file was not imported`,
          line: event.line,
          uid,
        });
        full = true;
        return;
      }
      byKey.set(event.key, event);
      if (isOverride) overrides.add(event.key);
    }
  };

  const split = splitIcs(text, { onEvent });
  warnings.unshift(...split.warnings);
  if (!split.sawCalendar) {
    const empty = byKey.size === 0 && skipped.length === 0;
    warnings.unshift({
      reason: empty
        ? 'the file holds no calendar data (no BEGIN:VCALENDAR)'
        : 'the file has no BEGIN:VCALENDAR',
      line: 1,
    });
  }
  return { events: [...byKey.values()], skipped, warnings };
}
