import type { TierlineKind } from '../export/ics-identity';
import type { ContentLine, EventBlock } from './ics-lines';
import { parseIcsTime, splitIcsList, unescapeIcsText } from './ics-values';
import type { Context, Placed, Span } from './event-times';
import { SkipEvent, endOf, inPlannableRange, place, readSpan, readTime } from './event-times';
import { seriesStarts } from './series';
import { isTierlineSeries } from './tierline-series';
import type { ImportedEvent } from './types';
import { trustedInstant } from '../zoned-time';

const CRITICAL = new Set(['DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RECURRENCE-ID', 'UID']);

/** The first property of that name, if any. */
export function first(props: ContentLine[], name: string): ContentLine | undefined {
  for (const prop of props) if (prop.name === name) return prop;
  return undefined;
}

function all(props: ContentLine[], name: string): ContentLine[] {
  const found: ContentLine[] = [];
  for (const prop of props) if (prop.name === name) found.push(prop);
  return found;
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
  'title' | 'description' | 'location' | 'url' | 'categories' | 'status' | 'sequence' | 'tierline'
>;

const KINDS = new Set<string>(['announcement', 'window', 'item']);

// The identity a Tierline export wrote, when the file has a readable one; the record is checked later.
function tierlineOf(props: ContentLine[]): ImportedEvent['tierline'] {
  const kind = first(props, 'X-TIERLINE-KIND')?.value.trim();
  const raw = first(props, 'X-TIERLINE-RECORD')?.value;
  if (kind === undefined || raw === undefined || !KINDS.has(kind)) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(unescapeIcsText(raw));
  } catch {
    return undefined;
  }
  const parent = first(props, 'X-TIERLINE-PARENT');
  return {
    kind: kind as TierlineKind,
    record,
    parentUid: parent ? unescapeIcsText(parent.value).trim() : null,
  };
}

// The event at `placed`, or null when its end would fall outside the plannable range.
function makeEvent(
  base: Base,
  uid: string,
  line: number,
  span: Span,
  context: Context,
  placed: Placed,
  recurrenceId: string | null,
): ImportedEvent | null {
  const end = endOf(placed, span, context.tools);
  if (end === null) return null;
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
    start: placed.allDay ? placed.day : placed.instant,
    end,
    timeZone: placed.allDay ? context.fallback : placed.zone,
    status: base.status,
    sequence: base.sequence,
    line,
    // Only a single event can be one record: a series' occurrences would all claim the same id.
    ...(recurrenceId === null && base.tierline ? { tierline: base.tierline } : {}),
  };
}

function only(event: ImportedEvent | null): ImportedEvent[] {
  if (event === null) throw new SkipEvent('the event would end after the dates Tierline plans (2199)');
  return [event];
}

// EXDATEs as instants (date-times) and as days (dates): a date excludes that day of a timed series too.
function excludedDates(
  props: ContentLine[],
  context: Context,
  uid: string,
): { instants: Set<string>; days: Set<string> } {
  const instants = new Set<string>();
  const days = new Set<string>();
  for (const prop of all(props, 'EXDATE')) {
    for (const value of prop.value.split(',')) {
      const time = parseIcsTime(value, prop.params);
      const day = time && (time.kind === 'date' ? time.day : time.local.slice(0, 10));
      if (!time || !day || !inPlannableRange(day)) {
        context.warnings.push({
          reason: `EXDATE "${value.slice(0, 40)}" on line ${prop.line} ignored: not a date Tierline plans`,
          line: prop.line,
          uid,
        });
        continue;
      }
      if (time.kind === 'date') {
        days.add(time.day);
        continue;
      }
      const placed = place(time, context, prop.line, uid);
      if (!placed.allDay) instants.add(placed.instant);
    }
  }
  return { instants, days };
}

// What the importer reads but does not apply, said with its line rather than dropped without a word.
function warnUnsupported(props: ContentLine[], context: Context, uid: string): void {
  for (const prop of all(props, 'EXRULE')) {
    context.warnings.push({
      reason: `EXRULE on line ${prop.line} ignored: RFC 5545 removed it (it was RFC 2445's); the dates it would exclude are kept, as ical.js keeps them`,
      line: prop.line,
      uid,
    });
  }
}

type Where = { uid: string; line: number; span: Span; context: Context; start: Placed };

// A series Tierline exported, with its EXDATEs as cancelled occurrences; or one of its overrides,
// marked for the reader to fold into the series (a cancelled override cancels its occurrence).
function ownSeriesEvent(
  base: Base,
  where: Where,
  props: ContentLine[],
  recurrenceIdProp: ContentLine | undefined,
): ImportedEvent[] {
  const { uid, line, span, context, start } = where;
  if (!recurrenceIdProp) {
    const event = only(makeEvent(base, uid, line, span, context, start, null));
    const { instants } = excludedDates(props, context, uid);
    // The excluded instants are placed instants, kept as text for the lookups by occurrence id.
    return event.map((master) => ({
      ...master,
      exceptions: { cancelled: [...instants].sort().map(trustedInstant), moved: [] },
    }));
  }
  const original = place(readTime(recurrenceIdProp), context, recurrenceIdProp.line, uid);
  if (original.allDay || start.allDay) return [];
  return only(makeEvent(base, uid, line, span, context, start, original.instant)).map((event) => ({
    ...event,
    overrideOf: uid,
  }));
}

/**
 * The previewed events one VEVENT becomes: itself, its override of one occurrence, or its
 * occurrences. Throws SkipEvent with the reason (and line) when the event cannot be imported.
 */
export function buildEvents(block: EventBlock, uid: string, context: Context): ImportedEvent[] {
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
  const span = readSpan(props, start, context, uid);
  const base: Base = {
    title: unescapeIcsText(first(props, 'SUMMARY')?.value ?? '').trim(),
    description: unescapeIcsText(first(props, 'DESCRIPTION')?.value ?? ''),
    location: unescapeIcsText(first(props, 'LOCATION')?.value ?? ''),
    url: (first(props, 'URL')?.value ?? '').trim(),
    categories: categoriesOf(props),
    status: statusOf(props),
    sequence: Math.max(0, Number.parseInt(first(props, 'SEQUENCE')?.value ?? '0', 10) || 0),
    tierline: tierlineOf(props),
  };

  const recurrenceIdProp = first(props, 'RECURRENCE-ID');
  warnUnsupported(props, context, uid);
  // A series Tierline exported comes back as one window with its rule; its overrides go with it.
  const ownSeries = isTierlineSeries(base.tierline);
  if (ownSeries) return ownSeriesEvent(base, { uid, line, span, context, start }, props, recurrenceIdProp);
  if (recurrenceIdProp) {
    const originalTime = readTime(recurrenceIdProp);
    const original = place(originalTime, context, recurrenceIdProp.line, uid);
    // Exchange names a moved all-day occurrence by its local midnight (`RECURRENCE-ID;TZID=…:…T000000`):
    // for an all-day override the day it names is the occurrence it replaces.
    const id = original.allDay
      ? original.day
      : start.allDay && originalTime.kind !== 'date'
        ? originalTime.local.slice(0, 10)
        : original.instant;
    return only(makeEvent(base, uid, line, span, context, start, id));
  }
  const rrules = all(props, 'RRULE');
  const rdates = all(props, 'RDATE');
  if (rrules.length === 0 && rdates.length === 0)
    return only(makeEvent(base, uid, line, span, context, start, null));
  const { instants, days } = excludedDates(props, context, uid);
  const series = seriesStarts(rrules, rdates, startTime, start, context, uid, instants.size + days.size);
  let truncated = series.truncated;
  const events: ImportedEvent[] = [];
  for (const { placed, id, wallDay, span: own } of series.starts) {
    // EXDATE;VALUE=DATE on a timed series (Google writes it) removes that day's occurrence.
    if (instants.has(id) || days.has(wallDay)) continue;
    if (events.length >= context.maxOccurrences) {
      truncated = true;
      break;
    }
    const event = makeEvent(base, uid, line, own ?? span, context, placed, id);
    // The horizon keeps starts inside the range; a long event near its end may still cross it.
    if (event === null) {
      truncated = true;
      break;
    }
    events.push(event);
  }
  if (events.length === 0) {
    throw new SkipEvent(
      series.starts.length === 0 && truncated
        ? `the series starts after ${context.horizonDay}, further ahead than repeating events are read`
        : series.starts.length === 0
          ? 'the repeat rule gives no date (its UNTIL is before DTSTART)'
          : 'every date of the repeat rule is excluded (EXDATE) or ends outside the dates Tierline plans',
    );
  }
  if (truncated) {
    context.warnings.push({
      reason: `recurrence stopped after ${events.length} occurrences (limit ${context.maxOccurrences}, horizon ${context.horizonDay})`,
      line,
      uid,
    });
  }
  return events;
}
