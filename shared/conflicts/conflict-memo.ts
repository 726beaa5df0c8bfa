import type { Announcement, CalendarDay, ChecklistItem } from '../types';
import { overdueItems, weekendDueItems, type ItemLabel } from './checklist-rules';
import { launchSpan, type Conflict, type LaunchSpan } from './conflict';
import type { PlanConflictState } from './incremental-conflicts';

/**
 * What the previous conflict run learnt about each row, keyed by the row object itself. The app's
 * plan reader hands back the very same object for a row that did not change (shared/restore's
 * memo), so after one write only the rows that changed are parsed and judged again: issue 13
 * measured about 280 ms per change at 10,000 items when every row was re-read on every write.
 * Rows must never be mutated in place while a memo holds them (a changed row is a new object).
 */
export type ConflictMemo = {
  spans: WeakMap<Announcement, { zone: string; span: LaunchSpan | null }>;
  items: WeakMap<ChecklistItem, ItemVerdict>;
  /** The last run's whole answer and what it was built from (incremental-conflicts.ts). */
  plan: PlanConflictState | null;
};

/** One item's row-local conflicts, with everything outside the row they were judged with. */
type ItemVerdict = {
  today: CalendarDay;
  businessDaysOnly: boolean;
  parentTitle: string | undefined;
  overdue: Conflict[];
  weekend: Conflict[];
};

/** An empty memo, to keep for as long as one reader of the plan lives. */
export function createConflictMemo(): ConflictMemo {
  return { spans: new WeakMap(), items: new WeakMap(), plan: null };
}

/**
 * `launchSpan(announcement, zone)`, read at most once per announcement object and zone. Without
 * a memo, the plain rule.
 */
export function memoLaunchSpan(
  memo: ConflictMemo | undefined,
): (announcement: Announcement, zone: string) => LaunchSpan | null {
  if (!memo) return launchSpan;
  return (announcement, zone) => {
    const known = memo.spans.get(announcement);
    if (known && known.zone === zone) return known.span;
    const span = launchSpan(announcement, zone);
    memo.spans.set(announcement, { zone, span });
    return span;
  };
}

/**
 * One live item's overdue and weekend-due conflicts: exactly what `overdueItems` and
 * `weekendDueItems` return for it alone, computed once per item object for as long as today, the
 * business-days setting and its parent's title stay the same. Without a memo, the plain rules.
 */
export function itemVerdict(
  item: ChecklistItem,
  today: CalendarDay,
  businessDaysOnly: boolean,
  parentTitle: string | undefined,
  label: ItemLabel,
  memo: ConflictMemo | undefined,
): { overdue: Conflict[]; weekend: Conflict[] } {
  let verdict = memo?.items.get(item);
  if (
    !verdict ||
    verdict.today !== today ||
    verdict.businessDaysOnly !== businessDaysOnly ||
    verdict.parentTitle !== parentTitle
  ) {
    // The rules themselves, on a list of one: the memo can only ever agree with them.
    verdict = {
      today,
      businessDaysOnly,
      parentTitle,
      overdue: overdueItems([item], today, label),
      weekend: weekendDueItems([item], businessDaysOnly, label),
    };
    memo?.items.set(item, verdict);
  }
  return verdict;
}

/**
 * The overdue and weekend-due conflicts of open, live items, each list in item order: exactly what
 * `overdueItems` and `weekendDueItems` return for the same items, computed once per item object
 * for as long as today, the business-days setting and the item's parent title stay the same.
 */
export function rowLocalItemConflicts(
  items: readonly ChecklistItem[],
  today: CalendarDay,
  businessDaysOnly: boolean,
  parentTitleOf: (item: ChecklistItem) => string | undefined,
  label: ItemLabel,
  memo: ConflictMemo | undefined,
): { overdue: Conflict[]; weekend: Conflict[] } {
  if (!memo) {
    return {
      overdue: overdueItems(items, today, label),
      weekend: weekendDueItems(items, businessDaysOnly, label),
    };
  }
  const overdue: Conflict[] = [];
  const weekend: Conflict[] = [];
  for (const item of items) {
    const verdict = itemVerdict(item, today, businessDaysOnly, parentTitleOf(item), label, memo);
    overdue.push(...verdict.overdue);
    weekend.push(...verdict.weekend);
  }
  return { overdue, weekend };
}
