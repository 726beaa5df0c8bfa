import { revised } from '../revised';
import { oneLineSummary } from '../export/ics-identity';
import { exceptionsOfRows, exceptionsSignature, seriesOf } from '../recurrence/import-exceptions';
import type { Announcement, Instant, MaintenanceWindow, WindowOccurrence } from '../types';
import {
  instantToDay,
  instantToLocal,
  localToInstant,
  toLocalDateTime,
  instantOf,
  trustedInstant,
} from '../zoned-time';
import { stableHash } from '../stable-hash';
import type { ImportedEvent } from './types';
import { trustedCalendarDay } from '../calendar-day';

/** A planned record of the kinds an event can become, tagged with its kind. */
export type PlannedRecord =
  { kind: 'announcement'; record: Announcement } | { kind: 'window'; record: MaintenanceWindow };

/**
 * What an import compares and may change of a record: its title, its time and whether it is
 * cancelled. Everything else (owners, notes, checklists) is the planner's and an import leaves it.
 * An announcement's `start` is its launch day, or the launch instant when it has a time, and its
 * `end` is null; a window's are its instants. A repeating window's face also has its exceptions
 * (cancelled and moved occurrences, in canonical text; issue 11).
 */
export type Face = {
  title: string;
  start: string;
  end: string | null;
  cancelled: boolean;
  exceptions?: string;
};

const HOUR_MS = 3_600_000;

// An export folds a title to one SUMMARY line, so a multi-line title must compare equal to it.
function faceTitle(title: string): string {
  const trimmed = oneLineSummary(title).trim();
  return trimmed === '' ? 'Untitled event' : trimmed;
}

// A title the file did not change keeps its line breaks: the file only ever had the one-line form.
function keptTitle(mine: string, theirs: string): string {
  return faceTitle(mine) === theirs ? mine : theirs;
}

/**
 * The face of a planned record as it stands; a repeating window's exceptions are read from
 * `occurrences`, the plan's changed occurrences (none given: it has none).
 */
export function recordFace(planned: PlannedRecord, occurrences: readonly WindowOccurrence[] = []): Face {
  if (planned.kind === 'announcement') {
    const { record } = planned;
    const start =
      record.launchTime === null
        ? record.launchDate
        : localToInstant(toLocalDateTime(`${record.launchDate}T${record.launchTime}`), record.timeZone);
    return { title: faceTitle(record.title), start, end: null, cancelled: record.status === 'cancelled' };
  }
  const { record } = planned;
  const series = seriesOf(record);
  return {
    title: faceTitle(record.title),
    start: record.start,
    end: record.end,
    cancelled: record.status === 'cancelled',
    ...(series ? { exceptions: exceptionsSignature(series, exceptionsOfRows(series, occurrences)) } : {}),
  };
}

/**
 * The face an event gives a record of `kind`, read as an import would create it (see
 * importedEventsToRecords): all-day windows span their days from midnight in `zone`, and a
 * zero-length window lasts an hour. Compared with a repeating window (`series`), a series Tierline
 * exported brings its exceptions, and any other event none.
 */
export function eventFace(
  event: ImportedEvent,
  kind: PlannedRecord['kind'],
  zone: string,
  series: MaintenanceWindow | null = null,
): Face {
  const title = faceTitle(event.title);
  const cancelled = event.status === 'cancelled';
  if (kind === 'announcement') return { title, start: event.start, end: null, cancelled };
  const start = event.allDay ? localToInstant(toLocalDateTime(`${event.start}T00:00`), zone) : event.start;
  let end = event.allDay ? localToInstant(toLocalDateTime(`${event.end}T00:00`), zone) : event.end;
  if (Date.parse(end) <= Date.parse(start)) end = instantOf(new Date(Date.parse(start) + HOUR_MS));
  const repeating = series && seriesOf(series);
  if (!repeating) return { title, start, end, cancelled };
  const exceptions = event.exceptions ?? { cancelled: [], moved: [] };
  return { title, start, end, cancelled, exceptions: exceptionsSignature(repeating, exceptions) };
}

/** True when two faces differ only in their exceptions: the record itself need not be written. */
export function onlyExceptionsDiffer(before: Face, after: Face): boolean {
  return (
    before.exceptions !== after.exceptions &&
    before.title === after.title &&
    before.start === after.start &&
    before.end === after.end &&
    before.cancelled === after.cancelled
  );
}

/** A short digest of a face: equal faces, equal hashes, on every machine. */
export function faceHash(face: Face): string {
  // A face without exceptions hashes as it did before series had any, so remembered sources still match.
  const parts = [face.title, face.start, face.end, face.cancelled];
  return stableHash(JSON.stringify(face.exceptions === undefined ? parts : [...parts, face.exceptions]));
}

/**
 * The record with the file's face applied: title, time and cancellation change (a cancellation
 * lifted makes it planned again), the rest stays; `updatedAt` and `sequence` move on so the team
 * calendar and undo see a change. A timed launch keeps its own zone.
 */
export function withFace(planned: PlannedRecord, face: Face, now: Instant): PlannedRecord {
  if (planned.kind === 'announcement') {
    const { record } = planned;
    const timed = face.start.includes('T');
    const status = face.cancelled ? 'cancelled' : record.status === 'cancelled' ? 'planned' : record.status;
    return {
      kind: 'announcement',
      record: revised(record, now, {
        title: keptTitle(record.title, face.title),
        // A face's start is the all-day event's day or the timed one's instant, as the importer wrote it.
        launchDate: timed
          ? instantToDay(trustedInstant(face.start), record.timeZone)
          : trustedCalendarDay(face.start),
        launchTime: timed ? instantToLocal(trustedInstant(face.start), record.timeZone).slice(11) : null,
        status,
      }),
    };
  }
  const { record } = planned;
  const status = face.cancelled ? 'cancelled' : record.status === 'cancelled' ? 'planned' : record.status;
  return {
    kind: 'window',
    record: revised(record, now, {
      title: keptTitle(record.title, face.title),
      // A window's face holds the instants the importer (or the stored record) wrote.
      start: trustedInstant(face.start),
      end: face.end === null ? record.end : trustedInstant(face.end),
      status,
    }),
  };
}
