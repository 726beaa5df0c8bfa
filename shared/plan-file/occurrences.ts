import { DueDateOutOfRangeError } from '../checklist/due-range';
import { generateCommsChecklist, type CommsSettings } from '../maintenance/comms-plan';
import { windowLengthProblem } from '../maintenance/window-limits';
import { personNameOf } from '../people/names';
import { occurrenceAt, seriesDays, type WindowSeries } from '../recurrence/expand';
import { occurrenceId } from '../recurrence/rule';
import { quoteValue } from '../text-limits';
import type { Instant, MaintenanceWindow, OccurrenceStepOverride, Person, WindowOccurrence } from '../types';
import { instantToLocal, localDay, localToInstant, toLocalDateTime } from '../zoned-time';
import { jsonPath, type JsonProblem } from './json-path';
import type { PlanMaintenance, PlanOccurrence } from './schema';

const at = (zone: string, local: string): Instant => localToInstant(toLocalDateTime(local), zone);

// The checklist generator refuses due days outside the plannable range by throwing; here that is a problem.
function commsOrProblem(
  window: MaintenanceWindow,
  settings: CommsSettings,
): { keys: Set<string | null> } | { problem: string } {
  try {
    const items = generateCommsChecklist({ window, settings, now: window.createdAt });
    return { keys: new Set(items.map((item) => item.templateItemId)) };
  } catch (error) {
    if (error instanceof DueDateOutOfRangeError) return { problem: error.message };
    throw error;
  }
}

/**
 * The changed occurrences of one series as a plan file writes them (version 2): wall-clock times in
 * the series' zone, step assignees by name, in order of original start.
 */
export function occurrencesForPlan(
  series: MaintenanceWindow,
  rows: readonly WindowOccurrence[],
  names: ReadonlyMap<string, Pick<Person, 'name'>>,
  settings: CommsSettings,
): PlanOccurrence[] {
  const local = (instant: Instant) => instantToLocal(instant, series.timeZone);
  const rule = series.recurrence;
  if (!rule) return [];
  // What the file could not read back is left out, as the ICS export leaves it out: a change the
  // rule no longer has (after an edit of the series), a step its checklist no longer has.
  const comms = commsOrProblem(series, settings);
  const keys = 'keys' in comms ? comms.keys : new Set<string | null>();
  return rows
    .filter(
      (row) => row.seriesId === series.id && occurrenceAt({ ...series, recurrence: rule }, row.originalStart),
    )
    .sort((a, b) => a.originalStart.localeCompare(b.originalStart))
    .map((row) => ({
      originalStart: local(row.originalStart),
      ...(row.start !== null && row.end !== null ? { start: local(row.start), end: local(row.end) } : {}),
      cancelled: row.cancelled,
      steps: Object.fromEntries(
        Object.entries(row.comms)
          .filter(([key]) => keys.has(key))
          .map(([key, step]) => [
            key,
            {
              done: step.done,
              doneAt: step.doneAt,
              assignee: personNameOf(names, step.assigneeId),
              due: step.dueDate,
            },
          ]),
      ),
      sequence: row.sequence,
    }));
}

/** Every step assignee a plan file's occurrences name, so they become (or match) people. */
export function occurrenceAssignees(maintenance: readonly PlanMaintenance[]): string[] {
  return maintenance.flatMap((entry) =>
    (entry.occurrences ?? []).flatMap((row) => Object.values(row.steps).map((step) => step.assignee)),
  );
}

/**
 * The occurrence rows a validated plan entry describes for its series (already a record), stamped
 * `now`; a step's tick without a `doneAt` is dated `now`, as `done` lists are.
 */
export function occurrenceRowsFromPlan(
  entry: PlanMaintenance,
  series: MaintenanceWindow,
  idOf: (name: string) => string | null,
  now: Instant,
): WindowOccurrence[] {
  return (entry.occurrences ?? []).map((row) => {
    const originalStart = at(series.timeZone, row.originalStart);
    const moved = row.start !== undefined && row.end !== undefined;
    const comms: Record<string, OccurrenceStepOverride> = {};
    for (const [key, step] of Object.entries(row.steps)) {
      comms[key] = {
        done: step.done,
        doneAt: step.done ? (step.doneAt ?? now) : step.doneAt,
        assigneeId: idOf(step.assignee),
        dueDate: step.due,
      };
    }
    return {
      id: occurrenceId(series.id, originalStart),
      seriesId: series.id,
      originalStart,
      start: moved ? at(series.timeZone, row.start as string) : null,
      end: moved ? at(series.timeZone, row.end as string) : null,
      cancelled: row.cancelled,
      comms,
      updatedAt: now,
      sequence: row.sequence,
    };
  });
}

/**
 * Problems with one plan entry's changed occurrences, each at its JSON path: a list on a window
 * that does not repeat, an original start the rule never gives (or given twice), a move without
 * both times or ending before it starts or too long, a step the checklist does not have, and due
 * dates a moved occurrence would push out of the plannable range. `window` is the entry as a record.
 */
export function occurrenceProblems(
  entry: PlanMaintenance,
  index: number,
  window: MaintenanceWindow,
  settings: CommsSettings,
): JsonProblem[] {
  const rows = entry.occurrences ?? [];
  if (rows.length === 0) return [];
  const base = ['maintenance', index, 'occurrences'];
  if (!window.recurrence)
    return [
      { path: jsonPath(base), message: 'only a repeating window (with "repeat") has changed occurrences' },
    ];
  const series: WindowSeries = { ...window, recurrence: window.recurrence };
  const zone = series.timeZone;
  // One walk over the rule up to the last day named, not one per row: 1,000 rows stay cheap.
  // rows is not empty here, so the reduce has a first day to start from.
  const lastDay = rows
    .map((row) => localDay(row.originalStart))
    .reduce((last, day) => (day > last ? day : last));
  const days = new Set(seriesDays(series, lastDay));
  const startTime = instantToLocal(series.start, zone).slice(10);
  const comms = commsOrProblem(window, settings);
  if ('problem' in comms) return [{ path: jsonPath(base), message: comms.problem }];
  const stepKeys = comms.keys;
  const problems: JsonProblem[] = [];
  const seen = new Map<Instant, number>();
  rows.forEach((row, rowIndex) => {
    const path = (...keys: PropertyKey[]) => jsonPath([...base, rowIndex, ...keys]);
    const original = at(zone, row.originalStart);
    const day = localDay(row.originalStart);
    if (!days.has(day) || at(zone, `${day}${startTime}`) !== original) {
      problems.push({
        path: path('originalStart'),
        message: `${quoteValue(row.originalStart)} is not an occurrence of this window's rule (${zone})`,
      });
      return;
    }
    const earlier = seen.get(original);
    if (earlier !== undefined) {
      problems.push({
        path: path('originalStart'),
        message: `this occurrence is already listed at ${jsonPath([...base, earlier])}`,
      });
      return;
    }
    seen.set(original, rowIndex);
    for (const key of Object.keys(row.steps))
      if (!stepKeys.has(key))
        problems.push({
          path: path('steps', key),
          message: `${quoteValue(key)} is not a step of this window's communications checklist`,
        });
    if ((row.start === undefined) !== (row.end === undefined)) {
      problems.push({
        path: path(row.start === undefined ? 'start' : 'end'),
        message: 'a moved occurrence needs both start and end',
      });
      return;
    }
    if (row.start === undefined || row.end === undefined) return;
    const start = at(zone, row.start);
    const end = at(zone, row.end);
    const timing =
      end <= start ? `must be after start (${row.start} ${zone})` : windowLengthProblem(start, end);
    if (timing) {
      problems.push({ path: path('end'), message: timing });
      return;
    }
    const movedComms = commsOrProblem({ ...window, start, end }, settings);
    if ('problem' in movedComms) problems.push({ path: path('start'), message: movedComms.problem });
  });
  return problems;
}
