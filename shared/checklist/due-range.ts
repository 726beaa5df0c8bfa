import { isPlannableDay, PLANNABLE_RANGE_TEXT } from '../plannable-range';
import type { CalendarDay, ChecklistItem, TierTemplate } from '../types';
import { dueDateForOffset, type DueDateSettings } from './due-dates';

/**
 * A due date that an offset pushed outside the plannable range (a launch on 2199-12-30 with an
 * item due a week later). The launch itself was fine, so the message names the item that is not.
 */
export class DueDateOutOfRangeError extends Error {
  constructor(
    message: string,
    readonly itemTitle: string,
    readonly dueDate: string,
  ) {
    super(message);
    this.name = 'DueDateOutOfRangeError';
  }
}

/**
 * The message for the first item whose due day lies outside the plannable range, naming the item
 * and the day it would fall on; null when every due day is inside.
 */
export function dueDateRangeProblem(
  items: readonly Pick<ChecklistItem, 'title' | 'dueDate'>[],
): { message: string; title: string; dueDate: string } | null {
  const outside = items.find((item) => !isPlannableDay(item.dueDate));
  if (!outside) return null;
  return {
    title: outside.title,
    dueDate: outside.dueDate,
    message: `“${outside.title}” would be due ${outside.dueDate}, outside the dates Tierline plans (${PLANNABLE_RANGE_TEXT}). Pick a launch date that leaves room for it.`,
  };
}

/** Returns `items` unchanged when every due day is plannable; throws DueDateOutOfRangeError otherwise. */
export function requireDueDatesInRange<T extends Pick<ChecklistItem, 'title' | 'dueDate'>>(items: T[]): T[] {
  const problem = dueDateRangeProblem(items);
  if (problem) throw new DueDateOutOfRangeError(problem.message, problem.title, problem.dueDate);
  return items;
}

/**
 * Whether a launch on `launchDate` would push any of the tier's items outside the range: the
 * message naming the first such item, or null. Lets a form say so before anything is written.
 */
export function launchDueDateProblem(
  tier: Pick<TierTemplate, 'items'>,
  launchDate: CalendarDay,
  settings: DueDateSettings,
): string | null {
  const items = tier.items.map((item) => ({
    title: item.title,
    dueDate: dueDateForOffset(item.offset, launchDate, settings),
  }));
  return dueDateRangeProblem(items)?.message ?? null;
}
