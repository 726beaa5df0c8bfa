import { addMonths, endOfMonth, format, parse } from 'date-fns';
import type { Announcement, CalendarDay, ChecklistItem, MaintenanceWindow } from '../types';
import { instantToDay, localToInstant, toLocalDateTime } from '../zoned-time';
import { addCalendarDays, trustedCalendarDay } from '../calendar-day';
import { PLANNABLE_FIRST_INSTANT, PLANNABLE_LAST_INSTANT } from '../plannable-range';
import { expandSeries } from '../recurrence/expand';
import { personNameKey } from '../people/names';
import type { ExportFilters, ExportInput } from './types';

type Parent =
  { kind: 'announcement'; record: Announcement } | { kind: 'maintenance'; record: MaintenanceWindow };

function normalise(name: string): string {
  return name.trim().toLowerCase();
}

/** The ids of the people `owner` names (ignoring case and spacing); empty when nobody has that name. */
function ownerIds(input: ExportInput, owner: string): Set<string> {
  const key = personNameKey(owner);
  return new Set((input.people ?? []).filter((person) => person.nameKey === key).map((person) => person.id));
}

/**
 * The part of `input` every exporter should show under `filters`. The rules are the same for all formats:
 * - `from`/`to` (inclusive days) test an announcement's launch day, a checklist item's due day and the days
 *   a maintenance window covers in the planner's zone;
 * - `tierKeys` keeps announcements of those tiers (and their items); maintenance has no tier and is
 *   controlled by `kinds` only;
 * - `teams` keeps checklist items of those teams, and the parents with at least one such item;
 * - `owner` (a name, matched to people ignoring case and spacing) keeps what that person owns or is
 *   assigned to, and the checklist items of what they own;
 * - `kinds` picks announcements, maintenance windows and checklist items independently.
 * Checklist items whose parent is missing are dropped. Template sets, settings and `now` pass through.
 */
export function applyExportFilters(input: ExportInput, filters: ExportFilters): ExportInput {
  const { from, to, tierKeys, teams, owner, kinds } = filters;
  const tierSet = tierKeys ? new Set(tierKeys) : null;
  const teamSet = teams ? new Set(teams.map(normalise)) : null;
  const ownerName = owner !== undefined && owner.trim() !== '' ? ownerIds(input, owner) : null;
  const isOwner = (id: string | null): boolean => id !== null && ownerName !== null && ownerName.has(id);
  const zone = input.settings.timeZone;

  const parents = new Map<string, Parent>();
  for (const record of input.announcements) parents.set(record.id, { kind: 'announcement', record });
  for (const record of input.windows) parents.set(record.id, { kind: 'maintenance', record });

  const dayInRange = (day: string): boolean => (!from || day >= from) && (!to || day <= to);
  const parentOwnedBy = (parent: Parent): boolean =>
    parent.kind === 'announcement'
      ? isOwner(parent.record.marketingOwnerId) || isOwner(parent.record.productOwnerId)
      : isOwner(parent.record.ownerId);
  const parentTierOk = (parent: Parent): boolean =>
    !tierSet || parent.kind === 'maintenance' || tierSet.has(parent.record.tierKey);
  const itemTeamOk = (item: ChecklistItem): boolean => !teamSet || teamSet.has(normalise(item.team));
  const itemOwnerOk = (item: ChecklistItem, parent: Parent): boolean =>
    !ownerName || isOwner(item.assigneeId) || parentOwnedBy(parent);

  // Which parents have at least one item a team or a person works on: they count as "theirs" too.
  const parentsWithTeamItem = new Set<string>();
  const parentsWithOwnItem = new Set<string>();
  for (const item of input.items) {
    if (teamSet && teamSet.has(normalise(item.team))) parentsWithTeamItem.add(item.parentId);
    if (isOwner(item.assigneeId)) parentsWithOwnItem.add(item.parentId);
  }
  const parentOk = (parent: Parent): boolean =>
    parentTierOk(parent) &&
    (!teamSet || parentsWithTeamItem.has(parent.record.id)) &&
    (!ownerName || parentOwnedBy(parent) || parentsWithOwnItem.has(parent.record.id));

  const wants = (kind: 'announcement' | 'maintenance' | 'checklist'): boolean =>
    !kinds || kinds.includes(kind);

  const announcements = wants('announcement')
    ? input.announcements.filter(
        (record) => dayInRange(record.launchDate) && parentOk({ kind: 'announcement', record }),
      )
    : [];
  const windows = wants('maintenance')
    ? input.windows.filter((record) => {
        // A repeating window is in range when any of its occurrences is (issue 11).
        if (record.recurrence)
          return seriesInRange(record, input, from, to, zone) && parentOk({ kind: 'maintenance', record });
        const firstDay = instantToDay(record.start, zone);
        const lastDay = instantToDay(record.end, zone);
        const overlaps = (!from || lastDay >= from) && (!to || firstDay <= to);
        return overlaps && parentOk({ kind: 'maintenance', record });
      })
    : [];
  const items = wants('checklist')
    ? input.items.filter((item) => {
        const parent = parents.get(item.parentId);
        return (
          parent !== undefined &&
          dayInRange(item.dueDate) &&
          parentTierOk(parent) &&
          itemTeamOk(item) &&
          itemOwnerOk(item, parent)
        );
      })
    : [];
  return { ...input, announcements, windows, items };
}

function seriesInRange(
  record: MaintenanceWindow,
  input: ExportInput,
  from: CalendarDay | undefined,
  to: CalendarDay | undefined,
  zone: string,
): boolean {
  if (!record.recurrence) return false;
  const start = from ? localToInstant(toLocalDateTime(`${from}T00:00`), zone) : PLANNABLE_FIRST_INSTANT;
  const end = to
    ? localToInstant(toLocalDateTime(`${addCalendarDays(to, 1)}T00:00`), zone)
    : PLANNABLE_LAST_INSTANT;
  return (
    expandSeries({ ...record, recurrence: record.recurrence }, input.occurrences ?? [], start, end).length > 0
  );
}

function dayOf(date: Date): CalendarDay {
  return trustedCalendarDay(format(date, 'yyyy-MM-dd'));
}

function parseDay(value: string): Date {
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/**
 * The range an export starts with when the plan has nothing dated (shared/export/plan-range's
 * planDayRange gives the whole plan otherwise): the current month and the two after it.
 * E.g. 2026-12-01 to 2027-02-28.
 */
export function defaultExportRange(today: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  const first = parseDay(`${today.slice(0, 7)}-01`);
  return { from: dayOf(first), to: dayOf(endOfMonth(addMonths(first, 2))) };
}
