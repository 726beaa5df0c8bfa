import type { Backup } from '../../shared/backup/schema';
import type { SnapshotReason } from '../../shared/backup/snapshot';
import { backupToText } from '../../shared/backup/snapshot';
import { createBackup } from '../../shared/backup/create-backup';
import type { Instant, Settings } from '../../shared/types';
import type { RowChanges } from './change';
import { db } from './db';
import { recordedChange } from './recorded-change';
import { systemTimeZone } from './settings-repo';
import { readStoredRows, type StoredRows } from './stored-rows';
import { defaultSettings } from '../../shared/settings-defaults';
import { snapshotBefore } from './snapshots';

/**
 * Every row of the plan, read in one transaction so the backup is a consistent picture: the same
 * whole read the live plan starts from (readStoredRows).
 */
export async function readBackup(exportedAt: Instant): Promise<Backup> {
  return backupOfRows(await readStoredRows(db, undefined, new Map()), exportedAt);
}

/**
 * The backup of rows already read in one transaction, as they are stored: the live plan's, for
 * the snapshot taken when the plan opens, so it needs no second read of every store (issue 13: that
 * read held the stores for 170–290 ms at 10,000 items, and a drop's write waited behind it).
 */
export function backupOfRows(rows: StoredRows, exportedAt: Instant): Backup {
  // Unchecked stored rows, as a read hands them: a backup keeps even a damaged row.
  const data = rows as unknown as Parameters<typeof createBackup>[0];
  // Only when there are any: a plan without repeating windows backs up exactly as before.
  const occurrences = rows.windowOccurrences.length > 0 ? { windowOccurrences: data.windowOccurrences } : {};
  // Named one by one: the backup's JSON keeps this order of stores, whatever order they were read in.
  return createBackup(
    {
      announcements: data.announcements,
      checklistItems: data.checklistItems,
      maintenanceWindows: data.maintenanceWindows,
      templateSets: data.templateSets,
      settings: (rows.settings as Settings | undefined) ?? defaultSettings(systemTimeZone()),
      people: data.people,
      ...occurrences,
    },
    exportedAt,
  );
}

/** A backup as the text of a `.json` file: compact JSON, so the biggest plans stay under the one size limit. */
export function backupText(backup: Backup): string {
  return backupToText(backup);
}

/** How many records of each kind a backup or the current plan holds, for the confirm step. */
export type PlanCounts = {
  announcements: number;
  checklistItems: number;
  maintenanceWindows: number;
  templateSets: number;
};

/** Counts of the plan as it is now. */
export async function currentCounts(): Promise<PlanCounts> {
  const [announcements, checklistItems, maintenanceWindows, templateSets] = await Promise.all([
    db.announcements.count(),
    db.checklistItems.count(),
    db.maintenanceWindows.count(),
    db.templateSets.count(),
  ]);
  return { announcements, checklistItems, maintenanceWindows, templateSets };
}

/**
 * Replaces the whole plan with a validated backup as ONE undoable change: every current row is
 * deleted and every backup row put, so the change record snapshots all of them and Undo brings the
 * previous plan back exactly. Either all of it lands or nothing does. The plan is snapshotted
 * first (`reason`: a restore from Settings → Backups says so).
 */
export async function replaceWithBackup(
  backup: Backup,
  reason: SnapshotReason = 'before-replace',
): Promise<void> {
  await snapshotBefore(reason);
  await recordedChange('Replace plan from backup', async () => {
    const [announcementIds, itemIds, windowIds, setIds, settingsIds, personIds] = await Promise.all([
      db.announcements.toCollection().primaryKeys(),
      db.checklistItems.toCollection().primaryKeys(),
      db.maintenanceWindows.toCollection().primaryKeys(),
      db.templateSets.toCollection().primaryKeys(),
      db.settings.toCollection().primaryKeys(),
      db.people.toCollection().primaryKeys(),
    ]);
    const occurrenceIds = await db.windowOccurrences.toCollection().primaryKeys();
    const { data } = backup;
    const changes: RowChanges = {
      announcements: { delete: announcementIds, put: data.announcements },
      checklistItems: { delete: itemIds, put: data.checklistItems },
      maintenanceWindows: { delete: windowIds, put: data.maintenanceWindows },
      templateSets: { delete: setIds, put: data.templateSets },
      settings: { delete: settingsIds.map(String), put: [data.settings] },
      people: { delete: personIds, put: data.people },
      windowOccurrences: { delete: occurrenceIds, put: data.windowOccurrences ?? [] },
    };
    return changes;
  });
}
