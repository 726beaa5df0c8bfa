import { shiftChecklistForLaunchMove } from '../../shared/checklist/launch-move';
import type { DiffPlan } from '../../shared/import/import-diff';
import { moveCommsChecklist } from '../../shared/maintenance/comms-plan';
import type { PlannedRecord } from '../../shared/import/record-face';
import type { ChecklistItem, Instant, Settings } from '../../shared/types';
import { db } from './db';
import { loadSettings } from './settings-repo';

/**
 * What an import of `calendar` is compared with: the plan's announcements and windows, its
 * checklist item ids, the sources remembered for that calendar, the changed occurrences and the settings. Read in one go, so the preview
 * and the write compare with the same moment of the plan.
 */
export async function loadDiffPlan(calendar: string): Promise<DiffPlan> {
  const [announcements, windows, itemIds, sources, occurrences, settings] = await Promise.all([
    db.announcements.toArray(),
    db.maintenanceWindows.toArray(),
    db.checklistItems.toCollection().primaryKeys(),
    db.importSources.where('calendar').equals(calendar).toArray(),
    db.windowOccurrences.toArray(),
    loadSettings(),
  ]);
  return {
    calendar,
    announcements,
    windows,
    itemIds: new Set(itemIds),
    sources: new Map(sources.map((source) => [source.id, source])),
    occurrences,
    // A series' steps are generated with them, so a file's step can be compared with the plan's.
    settings,
  };
}

/** The plan's announcements and windows as the write plan wants them. */
export function plannedRecords(plan: DiffPlan): PlannedRecord[] {
  return [
    ...plan.announcements.map((record) => ({ kind: 'announcement' as const, record })),
    ...plan.windows.map((record) => ({ kind: 'window' as const, record })),
  ];
}

/**
 * The checklist items of records an import moved, moved along as a drag in the app would move
 * them (launch-relative due dates follow the launch; communications follow the window). Read
 * inside the import's transaction.
 */
export async function followedChecklists(
  updated: readonly PlannedRecord[],
  plan: DiffPlan,
  settings: Settings,
  now: Instant,
): Promise<ChecklistItem[]> {
  const moved: ChecklistItem[] = [];
  for (const planned of updated) {
    const items = await db.checklistItems.where('parentId').equals(planned.record.id).toArray();
    if (items.length === 0) continue;
    if (planned.kind === 'announcement') {
      const before = plan.announcements.find((record) => record.id === planned.record.id);
      if (!before || before.launchDate === planned.record.launchDate) continue;
      moved.push(
        ...shiftChecklistForLaunchMove(items, before.launchDate, planned.record.launchDate, settings, now),
      );
    } else {
      const before = plan.windows.find((record) => record.id === planned.record.id);
      if (!before || before.start === planned.record.start) continue;
      moved.push(...moveCommsChecklist(items, before, planned.record, settings, now));
    }
  }
  return moved;
}
