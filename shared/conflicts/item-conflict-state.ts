import type { Announcement, CalendarDay, ChecklistItem, MaintenanceWindow } from '../types';
import { personOverloaded, type ItemLabel } from './checklist-rules';
import { isOpenItem, quoted, type Conflict } from './conflict';
import type { ConflictLedger } from './conflict-ledger';
import { itemVerdict, type ConflictMemo } from './conflict-memo';

/** What an item's conflicts are judged with besides the item itself. */
export type ItemContext = {
  parents: ReadonlyMap<string, Announcement | MaintenanceWindow>;
  today: CalendarDay;
  businessDaysOnly: boolean;
  maxPerDay: number;
  names: ReadonlyMap<string, string>;
  memo: ConflictMemo;
};

type ItemShare = { conflicts: Conflict[]; bucket: string | null };

/**
 * The checklist items' share of the plan's conflicts, kept item by item: each item's overdue and
 * weekend-due verdicts, and the people-overloaded rule per (day, person) bucket, so a write that
 * changes a few items judges those items and the buckets they leave or join, not the plan (issue
 * 13: grouping all ~9,000 items by person and day took a pass over every item per write).
 */
export class ItemConflicts {
  private readonly byParent = new Map<string, Set<ChecklistItem>>();
  private readonly shares = new Map<ChecklistItem, ItemShare>();
  private readonly buckets = new Map<string, Set<ChecklistItem>>();
  private readonly overloaded = new Map<string, Conflict>();
  private readonly touchedBuckets = new Set<string>();

  constructor(private readonly ledger: ConflictLedger) {}

  /** The item is gone from the plan: its conflicts go, and its bucket is judged again. */
  remove(item: ChecklistItem): void {
    const siblings = this.byParent.get(item.parentId);
    siblings?.delete(item);
    if (siblings?.size === 0) this.byParent.delete(item.parentId);
    this.drop(item);
  }

  /** The item joined the plan; `judge` it once its parent is known. */
  add(item: ChecklistItem): void {
    let siblings = this.byParent.get(item.parentId);
    if (!siblings) this.byParent.set(item.parentId, (siblings = new Set()));
    siblings.add(item);
  }

  /** The items of the record `parentId` (its title and status are in their conflicts). */
  childrenOf(parentId: string): Iterable<ChecklistItem> {
    return this.byParent.get(parentId) ?? [];
  }

  /**
   * The item's own conflicts judged again, as `findConflicts` judges live items: not done, and
   * not belonging to something cancelled.
   */
  judge(item: ChecklistItem, context: ItemContext): void {
    this.drop(item);
    const parent = context.parents.get(item.parentId);
    if (item.done || parent?.status === 'cancelled') return;
    const label: ItemLabel = (row) =>
      parent ? `${quoted(row.title)} for ${quoted(parent.title)}` : quoted(row.title);
    const { overdue, weekend } = itemVerdict(
      item,
      context.today,
      context.businessDaysOnly,
      parent?.title,
      label,
      context.memo,
    );
    const conflicts = [...overdue, ...weekend];
    for (const conflict of conflicts) this.ledger.add(conflict);
    const person = item.assigneeId;
    const bucket = person !== null && isOpenItem(item) ? `${item.dueDate}\u0000${person}` : null;
    if (bucket !== null) {
      let members = this.buckets.get(bucket);
      if (!members) this.buckets.set(bucket, (members = new Set()));
      members.add(item);
      this.touchedBuckets.add(bucket);
    }
    this.shares.set(item, { conflicts, bucket });
  }

  /** Every bucket judged again at the next `settle` (the limit or a person's name changed). */
  touchAllBuckets(): void {
    for (const bucket of this.buckets.keys()) this.touchedBuckets.add(bucket);
  }

  /** The people-overloaded conflicts of every bucket an item left or joined since the last call. */
  settle(context: ItemContext): void {
    const nameOf = (id: string) => context.names.get(id) ?? '';
    for (const bucket of this.touchedBuckets) {
      const old = this.overloaded.get(bucket);
      if (old) this.ledger.remove(old);
      this.overloaded.delete(bucket);
      const members = this.buckets.get(bucket);
      if (!members || members.size === 0) {
        this.buckets.delete(bucket);
        continue;
      }
      // The rule itself on this bucket's items: one group, so at most one conflict.
      const [conflict] = personOverloaded([...members], context.maxPerDay, nameOf);
      if (!conflict) continue;
      this.overloaded.set(bucket, conflict);
      this.ledger.add(conflict);
    }
    this.touchedBuckets.clear();
  }

  private drop(item: ChecklistItem): void {
    const share = this.shares.get(item);
    if (!share) return;
    this.shares.delete(item);
    for (const conflict of share.conflicts) this.ledger.remove(conflict);
    if (share.bucket === null) return;
    this.buckets.get(share.bucket)?.delete(item);
    this.touchedBuckets.add(share.bucket);
  }
}
