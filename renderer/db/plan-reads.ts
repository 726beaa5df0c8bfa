import { sameValue } from '../../shared/same-value';
import { defaultSettings } from '../../shared/settings-defaults';
import type { Announcement, ChecklistItem, MaintenanceWindow, Settings } from '../../shared/types';
import { StaleRows, type RowChanges } from './change';
import { db } from './db';
import { recordedChange } from './recorded-change';
import { loadSettings, systemTimeZone } from './settings-repo';
import type { StoredRows } from './stored-rows';

/**
 * Where a planner action reads the rows it changes: storage, inside its transaction, or the plan
 * on screen (issue 13). A drop computed from the plan on screen issues its writes at once, so its
 * render overlaps the commit instead of waiting on a read first.
 */
export type PlanReads = {
  announcement(id: string): Promise<Announcement | undefined>;
  window(id: string): Promise<MaintenanceWindow | undefined>;
  item(id: string): Promise<ChecklistItem | undefined>;
  /** A parent's checklist, in key order (as the parentId index lists it). */
  itemsOf(parentId: string): Promise<ChecklistItem[]>;
  /** The plan's settings; the defaults when it has none yet. */
  settings(): Promise<Settings>;
};

/** Reads from storage, in the transaction of the action that calls them. */
export const storedReads: PlanReads = {
  announcement: (id) => db.announcements.get(id),
  window: (id) => db.maintenanceWindows.get(id),
  item: (id) => db.checklistItems.get(id),
  itemsOf: (parentId) => db.checklistItems.where('parentId').equals(parentId).toArray(),
  settings: loadSettings,
};

type Assumed = { again: () => Promise<unknown>; seen: unknown };

/**
 * Reads from the plan on screen, each noted with what storage should hold for it, and `check`,
 * which reads the same rows from storage (call it before the action issues its writes) and
 * rejects with StaleRows when any of them is no longer stored so.
 */
function shownReads(shown: StoredRows): PlanReads & { check: () => Promise<void> } {
  const assumed: Assumed[] = [];
  // Stored rows as IndexedDB holds them, unchecked, like a read's: the check holds them to that.
  const byId = <Row>(rows: readonly unknown[], id: string) =>
    rows.find((row) => (row as { id?: unknown }).id === id) as Row | undefined;
  const note = <T>(seen: T, again: () => Promise<unknown>): Promise<T> => {
    assumed.push({ seen, again });
    return Promise.resolve(seen);
  };
  return {
    announcement: (id) =>
      note(byId<Announcement>(shown.announcements, id), () => storedReads.announcement(id)),
    window: (id) => note(byId<MaintenanceWindow>(shown.maintenanceWindows, id), () => storedReads.window(id)),
    item: (id) => note(byId<ChecklistItem>(shown.checklistItems, id), () => storedReads.item(id)),
    itemsOf: (parentId) =>
      note(
        shown.checklistItems.filter((row) => (row as ChecklistItem).parentId === parentId) as ChecklistItem[],
        () => storedReads.itemsOf(parentId),
      ),
    settings: async () => {
      const stored = (await note(shown.settings, () => db.settings.get('settings'))) as Settings | undefined;
      return stored ?? defaultSettings(systemTimeZone());
    },
    check: () =>
      Promise.all(assumed.map(({ again }) => again())).then((now) => {
        if (assumed.some(({ seen }, index) => !sameValue(seen, now[index]))) throw new StaleRows();
      }),
  };
}

/**
 * Runs a planner action as recordedChange does, computed from the plan on screen when `shown` is
 * given: its writes then go out without a read before them, checked in the same transaction. When
 * storage no longer holds what the plan showed (another window wrote since), nothing is written and
 * the action is computed again from storage; so is a refusal the plan on screen led to.
 */
export async function recordedFromShown(
  label: string,
  shown: StoredRows | undefined,
  compute: (reads: PlanReads) => Promise<RowChanges>,
): Promise<void> {
  if (shown) {
    try {
      await recordedChange(label, async () => {
        const reads = shownReads(shown);
        let changes: RowChanges;
        try {
          changes = await compute(reads);
        } catch (refusal) {
          await reads.check();
          throw refusal;
        }
        return { ...changes, check: reads.check() };
      });
      return;
    } catch (error) {
      if (!(error instanceof StaleRows)) throw error;
    }
  }
  await recordedChange(label, () => compute(storedReads));
}
