import { revised } from '../revised';
import { addCalendarDays, calendarDaysBetween, toBusinessDay } from '../calendar-day';
import type { CalendarDay, ChecklistItem, Instant } from '../types';
import { dueDateForOffset, isLaunchRelative } from './due-dates';
import { requireDueDatesInRange } from './due-range';
import { isPlannableDay } from '../plannable-range';
import type { DueDateSettings } from './due-dates';

/**
 * The checklist after its announcement's launch moves from `fromDay` to `toDay`.
 *
 * - Done items and items whose due day the planner set by hand stay where they are, and so do
 *   timed items (with `dueAt`): those belong to maintenance windows, not launches.
 * - Items with a launch or Array offset are due where their offset puts them for `toDay`.
 * - Every other item (custom items, items without a launch offset) moves by the same number of
 *   calendar days as the launch.
 * - With `businessDaysOnly`, a weekend due day becomes the Friday before.
 *
 * Items whose due day changes get `updatedAt = now` and `sequence + 1`; the rest are returned
 * as equal copies. Order and length are kept. A move that would push an item's due day outside the
 * plannable range throws DueDateOutOfRangeError naming that item, and nothing moves.
 *
 * Round trip: moving from A to B and back to A restores every due day when `businessDaysOnly`
 * is off. When it is on, launch- and Array-relative items still come back exactly (their day is
 * a function of the launch day), and so do other items when the move is a whole number of weeks
 * and they started on a weekday; other moves may leave such an item on the Friday before its
 * old day, because the weekend day it passed through was snapped.
 */
export function shiftChecklistForLaunchMove(
  items: readonly ChecklistItem[],
  fromDay: CalendarDay,
  toDay: CalendarDay,
  settings: DueDateSettings,
  now: Instant,
): ChecklistItem[] {
  const delta = calendarDaysBetween(fromDay, toDay);
  const moved = items.map((item) => {
    const dueDate = dueDayAfterMove(item, toDay, delta, settings);
    if (dueDate === item.dueDate) return { ...item };
    return revised(item, now, { dueDate });
  });
  return requireDueDatesInRange(moved);
}

/**
 * The due days that change when the launch moves from `fromDay` to `toDay`, by item id: the same
 * days shiftChecklistForLaunchMove gives, for showing the move before it is written (a dragged
 * launch's markers, issue 13). Empty when any item would leave the plannable range, since that move
 * is refused.
 */
export function followingDueDays(
  items: readonly ChecklistItem[],
  fromDay: CalendarDay,
  toDay: CalendarDay,
  settings: DueDateSettings,
): Map<string, CalendarDay> {
  const delta = calendarDaysBetween(fromDay, toDay);
  const days = new Map<string, CalendarDay>();
  for (const item of items) {
    const dueDate = dueDayAfterMove(item, toDay, delta, settings);
    if (!isPlannableDay(dueDate)) return new Map();
    if (dueDate !== item.dueDate) days.set(item.id, dueDate);
  }
  return days;
}

/** Where one item is due once its launch has moved `delta` days to `toDay` (the rules above). */
function dueDayAfterMove(
  item: ChecklistItem,
  toDay: CalendarDay,
  delta: number,
  settings: DueDateSettings,
): CalendarDay {
  if (item.done || item.dueOverridden || item.dueAt !== null) return item.dueDate;
  if (isLaunchRelative(item.offset)) return dueDateForOffset(item.offset, toDay, settings);
  const shifted = addCalendarDays(item.dueDate, delta);
  return settings.businessDaysOnly ? toBusinessDay(shifted) : shifted;
}
