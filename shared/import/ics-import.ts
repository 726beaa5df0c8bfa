import { errorDetail } from '../error-message';
import { addYears } from 'date-fns';
import { createDayTools } from '../day-tools';
import { PLANNABLE_LAST_DAY } from '../plannable-range';
import { instantToDay, isKnownTimeZone, trustedInstant, instantOf } from '../zoned-time';
import { buildEvents, first } from './build-events';
import type { Context } from './event-times';
import { SkipEvent } from './event-times';
import type { EventBlock } from './ics-lines';
import { splitIcs } from './ics-lines';
import { unescapeIcsText } from './ics-values';
import { stableHash } from '../stable-hash';
import type { IcsImportOptions, IcsImportResult, ImportedEvent, ImportProblem } from './types';
import type { RangeOverride } from './range-overrides';
import { applyRangeOverrides } from './range-overrides';
import { dropOrphanOverrides } from './orphan-overrides';
import { ZoneResolver } from './zones';

export type { IcsImportOptions, IcsImportResult, ImportedEvent, ImportProblem } from './types';

/** Thrown when reading a file outlasts its time budget: the caller reports it and keeps nothing. */
export class IcsTimeBudgetError extends Error {
  constructor() {
    super('the time budget for reading the file ran out');
  }
}

// How often progress is reported: often enough for a bar to move, rarely enough to cost nothing.
const PROGRESS_EVERY = 250;

// The overrides of a series Tierline exported are exceptions of that series, not events of their
// own: each becomes a moved (or, when cancelled, a cancelled) occurrence of its series, and one
// whose series is not in the file is dropped, as an override without its series means nothing.
function foldSeriesOverrides(byKey: Map<string, ImportedEvent>): void {
  for (const [key, event] of byKey) {
    if (event.overrideOf === undefined) continue;
    byKey.delete(key);
    const exceptions = byKey.get(event.overrideOf)?.exceptions;
    if (!exceptions || event.recurrenceId === null) continue;
    // An override of a timed series: its times are instants the importer wrote.
    const originalStart = trustedInstant(event.recurrenceId);
    if (event.status === 'cancelled') exceptions.cancelled.push(originalStart);
    else
      exceptions.moved.push({
        originalStart,
        start: trustedInstant(event.start),
        end: trustedInstant(event.end),
      });
  }
  for (const event of byKey.values()) {
    if (!event.exceptions) continue;
    event.exceptions.cancelled = [...new Set(event.exceptions.cancelled)].sort();
    event.exceptions.moved.sort((a, b) => a.originalStart.localeCompare(b.originalStart));
  }
}

/** How many events a calendar text holds, counted cheaply before it is read, for progress. */
export function countIcsEvents(text: string): number {
  return text.match(/BEGIN:VEVENT/gi)?.length ?? 0;
}

/**
 * Reads an iCalendar file for the import preview without trusting it. Each VEVENT is read on its own:
 * one that cannot be understood (no or bad DTSTART, a date outside the plannable range, an absurd
 * DURATION, a repeat rule that never matches, INTERVAL=0, COUNT with UNTIL, missing END, or anything
 * that throws while it is read) is listed in `skipped` with its reason and line while the others are
 * kept; a DTEND before DTSTART, or of the other value type, is read as absent, with a warning.
 * Windows and vendor-prefixed zone names are mapped to IANA zones; unknown zones fall back to
 * `timeZoneFallback` with a warning. Recurring events are expanded to at most `maxOccurrences`
 * (default 500) occurrences within `horizonYears` (default 2) of `now` and never past the plannable
 * range; RECURRENCE-ID overrides replace the occurrence they name (with RANGE=THISANDFUTURE, the
 * later ones too), and one that names no occurrence of its series is skipped. An EXRULE (dropped by RFC 5545) is ignored with a warning.
 * Only a passed `deadline` throws (IcsTimeBudgetError).
 */
export function parseIcsForImport(text: string, options: IcsImportOptions): IcsImportResult {
  const fallback = isKnownTimeZone(options.timeZoneFallback) ? options.timeZoneFallback : 'UTC';
  // VTIMEZONEs may follow the events that use them, so they are read first, and only when present.
  const timezones = /BEGIN:VTIMEZONE/i.test(text) ? splitIcs(text, { timezonesOnly: true }).timezones : [];
  const warnings: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const horizon = instantToDay(instantOf(addYears(new Date(options.now), options.horizonYears ?? 2)), 'UTC');
  const context: Context = {
    resolver: new ZoneResolver(timezones),
    fallback,
    warnings,
    maxOccurrences: Math.max(1, options.maxOccurrences ?? 500),
    horizonDay: horizon < PLANNABLE_LAST_DAY ? horizon : PLANNABLE_LAST_DAY,
    tools: createDayTools(),
    unknownZones: new Set(),
    ...(options.stepBudget === undefined ? {} : { stepBudget: options.stepBudget }),
  };
  const maxEvents = options.maxEvents ?? 50_000;
  const byKey = new Map<string, ImportedEvent>();
  const anonymous = new Map<string, number>();
  const overrides = new Set<string>();
  const series = new Map<string, { sequence: number; line: number; keys: string[] }>();
  const ranges: RangeOverride[] = [];
  const { onProgress, deadline } = options;
  const total = onProgress ? countIcsEvents(text) : 0;
  let read = 0;
  let full = false;
  onProgress?.(0, total);

  const keep = (event: ImportedEvent, isOverride: boolean, uid: string): void => {
    const existing = byKey.get(event.key);
    if (existing) {
      const existingIsOverride = overrides.has(event.key);
      // RECURRENCE-ID overrides replace their occurrence silently, whichever comes first in the file.
      if (isOverride !== existingIsOverride) {
        if (isOverride) {
          byKey.set(event.key, event);
          overrides.add(event.key);
        }
        return;
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
      return;
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
  };

  const readEvent = (block: EventBlock): void => {
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
      // Whatever one event does to the reader (a RangeError from a date library included) stays with it.
      const reason =
        error instanceof SkipEvent ? error.message : `the event could not be read (${errorDetail(error)})`;
      skipped.push({ reason, line: block.line, uid });
      return;
    }
    const recurrenceId = first(block.props, 'RECURRENCE-ID');
    const isOverride = recurrenceId !== undefined;
    const range = recurrenceId?.params.get('RANGE')?.toUpperCase() === 'THISANDFUTURE';
    if (range && built[0]) ranges.push({ uid, key: built[0].key });
    if (!isOverride && built.length > 0 && built[0]?.recurrenceId !== null) {
      // Two series with one UID: the higher SEQUENCE is the current version (RFC 5545 §3.8.7.4), the
      // other is dropped whole, not merged occurrence by occurrence.
      const earlier = series.get(uid);
      const sequence = built[0]?.sequence ?? 0;
      if (earlier) {
        const newer = sequence > earlier.sequence;
        skipped.push({
          reason: newer
            ? `superseded by the event on line ${block.line} (same UID, higher SEQUENCE)`
            : `duplicate UID: the event on line ${earlier.line} is kept`,
          line: newer ? earlier.line : block.line,
          uid,
        });
        if (!newer) return;
        for (const key of earlier.keys) if (!overrides.has(key)) byKey.delete(key);
      }
      series.set(uid, { sequence, line: block.line, keys: built.map((event) => event.key) });
    }
    for (const event of built) {
      keep(event, isOverride, uid);
      if (full) return;
    }
  };

  const onEvent = (block: EventBlock): void => {
    read++;
    if (deadline && deadline.now() > deadline.at) throw new IcsTimeBudgetError();
    if (onProgress && read % PROGRESS_EVERY === 0) onProgress(read, Math.max(total, read));
    if (!full) readEvent(block);
  };

  const split = splitIcs(text, { onEvent });
  onProgress?.(read, Math.max(total, read));
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
  dropOrphanOverrides(byKey, overrides, series, skipped);
  applyRangeOverrides(byKey, ranges, overrides, context.tools);
  foldSeriesOverrides(byKey);
  return { events: [...byKey.values()], skipped, warnings };
}
