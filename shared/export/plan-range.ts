import { nextArrayEdition } from '../checklist/due-dates';
import { plural } from '../plural';
import type { CalendarDay } from '../types';
import { instantToDay } from '../zoned-time';
import { applyExportFilters } from './filters';
import type { ExportFilters, ExportInput } from './types';

/**
 * The whole plan's range: from its first day to its last, counting launch days, checklist due
 * days and the days maintenance windows cover in the planner's zone. An export over it leaves
 * nothing out (issue 10: a three-month default silently dropped a March window). Null for a plan
 * with nothing dated in it.
 */
export function planDayRange(all: ExportInput): { from: CalendarDay; to: CalendarDay } | null {
  // What an unfiltered export holds: checklist items whose parent is gone are in no file.
  const input = applyExportFilters(all, {});
  const zone = input.settings.timeZone;
  const days: CalendarDay[] = [
    ...input.announcements.map((announcement) => announcement.launchDate),
    ...input.items.map((item) => item.dueDate),
    ...input.windows.flatMap((window) => [instantToDay(window.start, zone), instantToDay(window.end, zone)]),
  ];
  if (days.length === 0) return null;
  // yyyy-MM-dd strings inside the plannable range sort as dates.
  days.sort();
  return { from: days[0]!, to: days.at(-1)! };
}

/**
 * The month (`yyyy-MM`) whose Array edition is the next to cover launches: the edition on or after
 * `today` or any later one whose covered days hold a planned or launched announcement. When no
 * such launch lies ahead, the current edition's month, so the draft opens somewhere sensible.
 */
export function nextArrayMonthWithLaunches(input: ExportInput, today: CalendarDay): string {
  const arrayDay = input.settings.arrayDayOfMonth;
  const editions = input.announcements
    .filter((announcement) => announcement.status === 'planned' || announcement.status === 'launched')
    .map((announcement) => nextArrayEdition(announcement.launchDate, arrayDay))
    .filter((edition) => edition >= nextArrayEdition(today, arrayDay))
    .sort();
  return (editions[0] ?? nextArrayEdition(today, arrayDay)).slice(0, 7);
}

function recordCount(input: ExportInput): number {
  return input.announcements.length + input.windows.length + input.items.length;
}

/**
 * The sentence an export's preview shows when its range or filters leave records out, e.g.
 * "3 items outside the range are left out; 2 more are left out by the filters." Records are
 * launches, windows and checklist items (orphaned items, which no export shows, are not counted).
 * Null when everything is in.
 */
export function leftOutLine(input: ExportInput, filters: ExportFilters): string | null {
  const all = recordCount(applyExportFilters(input, {}));
  const inRange = recordCount(applyExportFilters(input, { from: filters.from, to: filters.to }));
  // Every filter narrows within the range, so what is shown is a part of what is in range.
  const shown = recordCount(applyExportFilters(input, filters));
  const outside = all - inRange;
  const filtered = inRange - shown;
  const parts: string[] = [];
  if (outside > 0)
    parts.push(`${plural(outside, 'item')} outside the range ${outside === 1 ? 'is' : 'are'} left out`);
  if (filtered > 0)
    parts.push(
      outside > 0
        ? `${filtered} more ${filtered === 1 ? 'is' : 'are'} left out by the filters`
        : `${plural(filtered, 'item')} ${filtered === 1 ? 'is' : 'are'} left out by the filters`,
    );
  return parts.length === 0 ? null : `${parts.join('; ')}.`;
}
