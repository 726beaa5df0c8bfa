import { addCalendarDays } from '../calendar-day';
import { applyExportFilters } from './filters';
import type { ExportFilters, ExportInput } from './types';
import type { CalendarDay, ChecklistItem, Instant, MaintenanceWindow } from '../types';
import { instantToDay, localToInstant, toLocalDateTime } from '../zoned-time';
import { windowsInRange } from '../recurrence/plan-occurrences';
import { occurrenceStepsInRange } from '../recurrence/occurrence-steps-in-range';

/**
 * How far past today (the export's `now`, in the planner's zone) an export without a "To" date lists
 * a series' steps: a rolling year, so a calendar published today has today's and next month's steps
 * however long ago the series began. A series that starts later gets a year from its start.
 */
export const OPEN_EXPORT_DAYS = 366;

/**
 * The most days an export without a "To" date lists a series' steps over, counted back from its
 * horizon: past occurrences older than that are left out, so a daily series begun years ago stays a
 * file of a few thousand steps instead of growing every day.
 */
export const MAX_OPEN_EXPORT_SPAN_DAYS = 3 * OPEN_EXPORT_DAYS;

/**
 * The days an export lists a series' steps over: the filters' range when both ends are given; else
 * from `From` (or the series' first day) to OPEN_EXPORT_DAYS after the later of that day and today,
 * starting no more than MAX_OPEN_EXPORT_SPAN_DAYS before that end.
 */
export function openExportDays(
  firstDay: CalendarDay,
  filters: Pick<ExportFilters, 'to'>,
  today: CalendarDay,
): { from: CalendarDay; to: CalendarDay } {
  if (filters.to) return { from: firstDay, to: filters.to };
  const to = addCalendarDays(firstDay > today ? firstDay : today, OPEN_EXPORT_DAYS);
  const earliest = addCalendarDays(to, -MAX_OPEN_EXPORT_SPAN_DAYS);
  return { from: firstDay < earliest ? earliest : firstDay, to };
}

/** The occurrences a series export lists steps for, and those steps. */
export type OccurrenceSteps = { parents: MaintenanceWindow[]; items: ChecklistItem[] };

/**
 * The communications steps of every repeating window's occurrences in the export range (issue 11),
 * generated as the calendar shows them with each occurrence's own ticks, assignees and hand-set
 * dates, and kept by the same filters as a one-off window's items (due day in range, team, owner,
 * kinds). Each step's id is `${seriesId}@${originalStart}:${step}`, so its UID is the same in every
 * export; `parents` are the occurrences as windows of their own (the steps' parents). A cancelled
 * occurrence has no steps. Without `from`, every occurrence from the series' first (moved ones
 * included) counts; without `to`, the range rolls with `now` (see openExportDays), so a published
 * calendar keeps showing the coming year's steps and a series that never ends stays bounded.
 * With `wholeChecklists`, steps of those occurrences due outside the range are kept (as a checklist
 * export lists whole checklists). Steps are generated as of the series' last change, so the export
 * depends on nothing but its input (`now` only where an open range ends).
 */
export function occurrenceStepsForExport(
  input: ExportInput,
  filters: ExportFilters = {},
  options: { wholeChecklists?: boolean } = {},
): OccurrenceSteps {
  const zone = input.settings.timeZone;
  const changes = input.occurrences ?? [];
  const parents: MaintenanceWindow[] = [];
  const items: ChecklistItem[] = [];
  const today = instantToDay(input.now, zone);
  for (const series of input.windows) {
    if (!series.recurrence) continue;
    const firstDay = filters.from ?? instantToDay(series.start, zone);
    const days = openExportDays(firstDay, filters, today);
    const toDay = days.to;
    // Open at the start: an occurrence moved before the series' first start keeps its steps.
    const earliest = changes.reduce(
      (first, row) =>
        row.seriesId === series.id && row.start !== null && row.start < first ? row.start : first,
      series.start,
    );
    // Unless the open range was cut short at its start, which leaves the oldest occurrences out.
    const fromDay = days.from > firstDay ? days.from : (filters.from ?? instantToDay(earliest, zone));
    const from: Instant = localToInstant(toLocalDateTime(`${fromDay}T00:00`), zone);
    const to: Instant = localToInstant(toLocalDateTime(`${addCalendarDays(toDay, 1)}T00:00`), zone);
    parents.push(...windowsInRange([series], changes, from, to));
    items.push(...occurrenceStepsInRange([series], changes, input.settings, from, to, series.updatedAt));
  }
  // A checklist export lists an occurrence's whole checklist, steps due outside the range included.
  const itemFilters = options.wholeChecklists ? { ...filters, from: undefined, to: undefined } : filters;
  const kept = applyExportFilters({ ...input, announcements: [], windows: parents, items }, itemFilters);
  return { parents, items: kept.items };
}
