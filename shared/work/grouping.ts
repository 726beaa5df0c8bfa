import { addCalendarDays } from '../calendar-day';
import type { CalendarDay, WeekStart } from '../types';
import { weekStartOf } from './weeks';
import type { WorkRow } from './work-rows';
import type { GroupBy } from './group-by';

export { GROUP_BYS, type GroupBy } from './group-by';

/** The due-date groups, in the order they show. */
export const DUE_GROUPS = [
  'overdue',
  'today',
  'this-week',
  'next-week',
  'later',
  'done',
  'cancelled',
] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

const DUE_GROUP_LABELS: Record<DueGroup, string> = {
  overdue: 'Overdue',
  today: 'Today',
  'this-week': 'This week',
  'next-week': 'Next week',
  later: 'Later',
  done: 'Done',
  cancelled: 'Cancelled',
};

export type WorkGroup = {
  key: string;
  label: string;
  rows: WorkRow[];
  /** Done and cancelled work starts folded away: the view is for what is still to do. */
  collapsedByDefault: boolean;
  /** For person groups: the owner key (empty for unassigned), so the workload can be shown. */
  ownerKey?: string;
};

/**
 * The due group of a row. Open rows: before today is Overdue, today is Today, the rest of
 * today's week (weeks start on `weekStart`) is This week, the following week Next week, and
 * anything after that Later. Done and cancelled rows go to their own groups whatever their date.
 */
export function dueGroupOf(row: WorkRow, today: CalendarDay, weekStart: WeekStart): DueGroup {
  if (row.status === 'done') return 'done';
  if (row.status === 'cancelled') return 'cancelled';
  if (row.dueDate < today) return 'overdue';
  if (row.dueDate === today) return 'today';
  const nextWeek = addCalendarDays(weekStartOf(today, weekStart), 7);
  if (row.dueDate < nextWeek) return 'this-week';
  if (row.dueDate < addCalendarDays(nextWeek, 7)) return 'next-week';
  return 'later';
}

function byKey(
  rows: readonly WorkRow[],
  keyOf: (row: WorkRow) => { key: string; label: string; order: string },
): WorkGroup[] {
  const groups = new Map<string, WorkGroup & { order: string }>();
  for (const row of rows) {
    const { key, label, order } = keyOf(row);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, label, order, rows: [row], collapsedByDefault: false });
  }
  return [...groups.values()]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.key < b.key ? -1 : 1))
    .map(({ order: _order, ...group }) => group);
}

/**
 * Splits rows (already in due order) into the groups the view shows, keeping their order
 * inside each group; empty groups are left out. Every row lands in exactly one group.
 */
export function groupRows(
  rows: readonly WorkRow[],
  groupBy: GroupBy,
  today: CalendarDay,
  weekStart: WeekStart,
): WorkGroup[] {
  if (groupBy === 'due') {
    const buckets = new Map<DueGroup, WorkRow[]>(DUE_GROUPS.map((group) => [group, []]));
    for (const row of rows) buckets.get(dueGroupOf(row, today, weekStart))!.push(row);
    return DUE_GROUPS.filter((group) => buckets.get(group)!.length > 0).map((group) => ({
      key: group,
      label: DUE_GROUP_LABELS[group],
      rows: buckets.get(group)!,
      collapsedByDefault: group === 'done' || group === 'cancelled',
    }));
  }
  if (groupBy === 'person') {
    // "~" sorts after every letter: Unassigned comes last.
    return byKey(rows, (row) =>
      row.owner
        ? { key: `person:${row.owner.key}`, label: row.owner.name, order: row.owner.name.toLowerCase() }
        : { key: 'person:', label: 'Unassigned', order: '~' },
    ).map((group) => ({ ...group, ownerKey: group.key.slice('person:'.length) }));
  }
  if (groupBy === 'team') {
    return byKey(rows, (row) => ({
      key: `team:${row.team}`,
      label: row.team,
      order: row.team.toLowerCase(),
    }));
  }
  // Launches and windows in calendar order, so the list reads like the plan.
  return byKey(rows, (row) => ({
    key: `${row.parentKind}:${row.parentId}`,
    label: row.parentTitle,
    order: `${row.parentDay}\u0000${row.parentTitle.toLowerCase()}`,
  }));
}
