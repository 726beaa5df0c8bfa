import { addCalendarDays } from '../calendar-day';
import { applyExportFilters } from './filters';
import type { ExportFilters, ExportInput } from './types';
import type { ChecklistItem, Instant, MaintenanceWindow } from '../types';
import { instantToDay, localToInstant, toLocalDateTime } from '../zoned-time';
import { windowsInRange } from '../recurrence/plan-occurrences';
import { occurrenceStepsInRange } from '../recurrence/occurrence-steps-in-range';

/** How far past its start an export without an end date lists a series' occurrences and steps. */
export const OPEN_EXPORT_DAYS = 366;

/** The occurrences a series export lists steps for, and those steps. */
export type OccurrenceSteps = { parents: MaintenanceWindow[]; items: ChecklistItem[] };

/**
 * The communications steps of every repeating window's occurrences in the export range (issue 11),
 * generated as the calendar shows them with each occurrence's own ticks, assignees and hand-set
 * dates, and kept by the same filters as a one-off window's items (due day in range, team, owner,
 * kinds). Each step's id is `${seriesId}@${originalStart}:${step}`, so its UID is the same in every
 * export; `parents` are the occurrences as windows of their own (the steps' parents). A cancelled
 * occurrence has no steps. Without `from`, every occurrence from the series' first (moved ones
 * included) counts; without `to`, the range ends OPEN_EXPORT_DAYS after `from` or the series' start,
 * so a series that never ends stays a short list.
 * With `wholeChecklists`, steps of those occurrences due outside the range are kept (as a checklist
 * export lists whole checklists). Steps are generated as of the series' last change, so the export
 * depends on nothing but its input.
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
  for (const series of input.windows) {
    if (!series.recurrence) continue;
    const firstDay = filters.from ?? instantToDay(series.start, zone);
    const toDay = filters.to ?? addCalendarDays(firstDay, OPEN_EXPORT_DAYS);
    // Open at the start: an occurrence moved before the series' first start keeps its steps.
    const earliest = changes.reduce(
      (first, row) =>
        row.seriesId === series.id && row.start !== null && row.start < first ? row.start : first,
      series.start,
    );
    const from: Instant = localToInstant(
      toLocalDateTime(`${filters.from ?? instantToDay(earliest, zone)}T00:00`),
      zone,
    );
    const to: Instant = localToInstant(toLocalDateTime(`${addCalendarDays(toDay, 1)}T00:00`), zone);
    parents.push(...windowsInRange([series], changes, from, to));
    items.push(...occurrenceStepsInRange([series], changes, input.settings, from, to, series.updatedAt));
  }
  // A checklist export lists an occurrence's whole checklist, steps due outside the range included.
  const itemFilters = options.wholeChecklists ? { ...filters, from: undefined, to: undefined } : filters;
  const kept = applyExportFilters({ ...input, announcements: [], windows: parents, items }, itemFilters);
  return { parents, items: kept.items };
}
