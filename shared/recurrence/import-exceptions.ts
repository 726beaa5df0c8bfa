import type { Instant, MaintenanceWindow } from '../types';
import { occurrenceAt, type WindowSeries } from './expand';
import type { SeriesOverride } from './ics-series';
import { occurrenceId, type WindowOccurrence } from './rule';

/**
 * A series' exceptions as a calendar file states them (issue 11): the original starts of its
 * cancelled occurrences (EXDATE, or a cancelled override) and its moved ones (RECURRENCE-ID).
 */
export type SeriesExceptions = { cancelled: Instant[]; moved: SeriesOverride[] };

const byStart = (a: { originalStart: Instant }, b: { originalStart: Instant }): number =>
  a.originalStart.localeCompare(b.originalStart);

/** The series of a window that repeats, or null for a one-off window. */
export function seriesOf(window: MaintenanceWindow): WindowSeries | null {
  return window.recurrence ? { ...window, recurrence: window.recurrence } : null;
}

/**
 * The exceptions a plan's changed occurrences give a series, as its ICS export writes them: rows
 * of other series, and rows that no longer match an occurrence of the rule, are left out, and a
 * row that only ticks steps is no exception.
 */
export function exceptionsOfRows(series: WindowSeries, rows: readonly WindowOccurrence[]): SeriesExceptions {
  const mine = rows
    .filter((row) => row.seriesId === series.id && occurrenceAt(series, row.originalStart) !== null)
    .sort(byStart);
  return {
    cancelled: mine.filter((row) => row.cancelled).map((row) => row.originalStart),
    moved: mine.flatMap((row) =>
      !row.cancelled && row.start !== null && row.end !== null
        ? [{ originalStart: row.originalStart, start: row.start, end: row.end }]
        : [],
    ),
  };
}

/**
 * The same exceptions in one canonical text, for comparing a file with the plan: order in the file
 * does not matter, nor do exceptions that name no occurrence of the series (the export drops them).
 */
export function exceptionsSignature(series: WindowSeries, exceptions: SeriesExceptions): string {
  const matches = (start: Instant): boolean => occurrenceAt(series, start) !== null;
  const cancelled = [...new Set(exceptions.cancelled)].filter(matches).sort();
  const moved = exceptions.moved
    .filter((row) => matches(row.originalStart) && !cancelled.includes(row.originalStart))
    .sort(byStart)
    .map((row) => [row.originalStart, row.start, row.end]);
  return JSON.stringify([cancelled, moved]);
}

/**
 * The windowOccurrences writes that make a series' stored exceptions the file's: a row is put only
 * where its cancellation or times change (keeping its ticked steps), a row left with nothing to say
 * is deleted, and an occurrence the file names for the first time gets a new row. Exceptions that
 * name no occurrence of the series are ignored, as the export ignores them.
 */
export function occurrenceWritesFor(
  series: WindowSeries,
  rows: readonly WindowOccurrence[],
  exceptions: SeriesExceptions,
  now: Instant,
): { put: WindowOccurrence[]; delete: string[] } {
  const cancelled = new Set(exceptions.cancelled.filter((start) => occurrenceAt(series, start) !== null));
  const moved = new Map(
    exceptions.moved
      .filter((row) => occurrenceAt(series, row.originalStart) !== null && !cancelled.has(row.originalStart))
      .map((row) => [row.originalStart, row]),
  );
  // A row that names no occurrence any more is invisible and left as it is.
  const stored = new Map(
    rows
      .filter((row) => row.seriesId === series.id && occurrenceAt(series, row.originalStart) !== null)
      .map((row) => [row.originalStart, row]),
  );
  const starts = new Set([...stored.keys(), ...cancelled, ...moved.keys()]);
  const put: WindowOccurrence[] = [];
  const remove: string[] = [];
  for (const originalStart of [...starts].sort()) {
    const row = stored.get(originalStart);
    const move = moved.get(originalStart);
    const wanted = {
      cancelled: cancelled.has(originalStart),
      start: move?.start ?? null,
      end: move?.end ?? null,
    };
    if (row && row.cancelled === wanted.cancelled && row.start === wanted.start && row.end === wanted.end)
      continue;
    const hasSteps = row !== undefined && Object.keys(row.comms).length > 0;
    if (row && !wanted.cancelled && wanted.start === null && !hasSteps) {
      remove.push(row.id);
      continue;
    }
    put.push({
      id: occurrenceId(series.id, originalStart),
      seriesId: series.id,
      originalStart,
      comms: row?.comms ?? {},
      ...wanted,
      updatedAt: now,
      sequence: row ? row.sequence + 1 : 0,
    });
  }
  return { put, delete: remove };
}

/**
 * What a file changes of a series' exceptions, read from two signatures (see exceptionsSignature):
 * the occurrences it newly cancels, restores, moves (or moves elsewhere) and puts back at their
 * time, by original start. Empty lists when the signatures are equal or absent.
 */
export function exceptionChanges(
  before: string | undefined,
  after: string | undefined,
): { cancelled: Instant[]; restored: Instant[]; moved: Instant[]; unmoved: Instant[] } {
  const read = (signature: string | undefined) => {
    const [cancelled = [], moved = []] = signature
      ? (JSON.parse(signature) as [Instant[], [Instant, Instant, Instant][]])
      : [];
    return {
      cancelled: new Set(cancelled),
      moved: new Map(moved.map(([from, to, end]) => [from, `${to}/${end}`])),
    };
  };
  const was = read(before);
  const now = read(after);
  const minus = <T>(a: Iterable<T>, b: { has(value: T): boolean }): T[] => [...a].filter((x) => !b.has(x));
  return {
    cancelled: minus(now.cancelled, was.cancelled),
    restored: minus(was.cancelled, now.cancelled),
    moved: [...now.moved].filter(([from, to]) => was.moved.get(from) !== to).map(([from]) => from),
    unmoved: minus(was.moved.keys(), now.moved),
  };
}
