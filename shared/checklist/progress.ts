import type { CalendarDay, ChecklistItem } from '../types';

export type ChecklistProgress = { done: number; total: number; overdue: number };

/**
 * How far a checklist is: items done, items in all (kept `notInTier` items count, they are
 * still the planner's to finish or delete), and items overdue — not done and due before
 * `today` (an item due today is not overdue yet).
 */
export function checklistProgress(items: readonly ChecklistItem[], today: CalendarDay): ChecklistProgress {
  let done = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.done) done += 1;
    // yyyy-MM-dd strings compare in calendar order.
    else if (item.dueDate < today) overdue += 1;
  }
  return { done, total: items.length, overdue };
}
