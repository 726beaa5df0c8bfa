import 'fake-indexeddb/auto';
import type { ValidAnnouncementInput } from '../../../shared/announcements/announcement-input';
import { db } from '../../../renderer/db/db';
import { ensurePlanReady } from '../../../renderer/db/settings-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { makeAnnouncementInput } from '../../builders';
import { calendarDay } from '../../dates';

/** An empty plan with its settings (London, Array on the 1st) and the built-in handbook sets. */
export async function freshPlan(): Promise<void> {
  await db.transaction(
    'rw',
    [db.announcements, db.checklistItems, db.maintenanceWindows, db.templateSets, db.settings, db.people],
    async () => {
      await Promise.all([
        db.announcements.clear(),
        db.checklistItems.clear(),
        db.maintenanceWindows.clear(),
        db.templateSets.clear(),
        db.settings.clear(),
        db.people.clear(),
      ]);
    },
  );
  useUndoStore.setState({ undoStack: [], redoStack: [] });
  await ensurePlanReady();
  await db.settings.update('settings', { timeZone: 'Europe/London' });
}

/** A valid announcement form, Major unless told otherwise. */
export function announcementInput(patch: Partial<ValidAnnouncementInput> = {}): ValidAnnouncementInput {
  return makeAnnouncementInput({
    launchDate: calendarDay('2026-12-08'),
    productOwnerId: 'p-ana',
    marketingOwnerId: 'p-joe',
    ...patch,
  });
}

/** Every stored row of the plan, sorted by id, for exact before/after comparisons. */
export async function snapshot() {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    announcements: byId(await db.announcements.toArray()),
    checklistItems: byId(await db.checklistItems.toArray()),
    templateSets: byId(await db.templateSets.toArray()),
    settings: await db.settings.toArray(),
    people: byId(await db.people.toArray()),
  };
}
