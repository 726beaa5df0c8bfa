import { plural } from '../plural';
import { calendarDaysBetween, formatDayForPeople, weekdayOf } from '../calendar-day';
import type { CalendarDay, ChecklistItem } from '../types';
import { isOpenItem, makeConflict, quoted, type Conflict } from './conflict';

/** Names the item for a message, with what it belongs to when that is known. */
export type ItemLabel = (item: ChecklistItem) => string;

const plainLabel: ItemLabel = (item) => quoted(item.title);

function itemRef(item: ChecklistItem): { kind: 'checklist-item'; id: string } {
  return { kind: 'checklist-item', id: item.id };
}

/**
 * People with more than `maxPerDay` open items due on the same day. A person is an assignee id
 * (issue 9: two spellings of a name are one person since schema version 2); unassigned items count
 * for nobody. `nameOf` names the person in the message. A limit below 1 (or not a number)
 * switches the rule off. One conflict per person and day, naming every item.
 */
export function personOverloaded(
  items: readonly ChecklistItem[],
  maxPerDay: number,
  nameOf: (personId: string) => string = () => 'Someone',
): Conflict[] {
  if (!Number.isFinite(maxPerDay) || maxPerDay < 1) return [];
  const groups = new Map<string, { day: CalendarDay; items: ChecklistItem[] }>();
  for (const item of items) {
    const person = item.assigneeId;
    if (person === null || !isOpenItem(item)) continue;
    const key = `${item.dueDate}\u0000${person}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { day: item.dueDate, items: [item] });
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    if (group.items.length <= maxPerDay) continue;
    // Sorted by id so the refs do not depend on input order.
    const sorted = [...group.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const name = nameOf(sorted[0]?.assigneeId ?? '') || 'Someone';
    conflicts.push(
      makeConflict(
        'person-overloaded',
        sorted.map(itemRef),
        `${name} has ${plural(sorted.length, 'open item')} due ${formatDayForPeople(group.day)}, more than the ${maxPerDay} a day the settings allow.`,
        group.day,
      ),
    );
  }
  return conflicts;
}

/** One conflict per open item due before `today`; done items are never overdue. */
export function overdueItems(
  items: readonly ChecklistItem[],
  today: CalendarDay,
  label: ItemLabel = plainLabel,
): Conflict[] {
  return items
    .filter((item) => isOpenItem(item) && calendarDaysBetween(item.dueDate, today) > 0)
    .map((item) =>
      makeConflict(
        'overdue',
        [itemRef(item)],
        `${label(item)} was due ${formatDayForPeople(item.dueDate)} and is not done.`,
        item.dueDate,
      ),
    );
}

/**
 * One conflict per open item due on a Saturday or Sunday, only when the planner works business
 * days only (a hand-set due date can still land on a weekend).
 */
export function weekendDueItems(
  items: readonly ChecklistItem[],
  businessDaysOnly: boolean,
  label: ItemLabel = plainLabel,
): Conflict[] {
  if (!businessDaysOnly) return [];
  return items
    .filter((item) => isOpenItem(item) && [0, 6].includes(weekdayOf(item.dueDate)))
    .map((item) =>
      makeConflict(
        'weekend-due',
        [itemRef(item)],
        `${label(item)} is due on a weekend (${formatDayForPeople(item.dueDate)}), but the plan uses business days only.`,
        item.dueDate,
      ),
    );
}
