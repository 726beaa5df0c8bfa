import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../../shared/backup/schema';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { createAnnouncement, deleteAnnouncement } from '../../../renderer/db/announcement-repo';
import {
  backupOfRows,
  backupText,
  currentCounts,
  readBackup,
  replaceWithBackup,
} from '../../../renderer/db/backup-repo';
import { readStoredRows } from '../../../renderer/db/stored-rows';
import { toggleItemDone } from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import { createMaintenanceWindow } from '../../../renderer/db/maintenance-repo';
import { loadSettings, updateSettings } from '../../../renderer/db/settings-repo';
import { readImport } from '../../../renderer/features/import/read-import';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan } from './repo-helpers';
import { calendarDay, utcInstant } from '../../dates';
import { makeWindowOccurrence } from '../../builders';
import { createBackup } from '../../../shared/backup/create-backup';
import type { Instant } from '../../../shared/types';

const ZONE = 'Europe/London';
const NOW = utcInstant('2026-12-02T10:00:00.000Z');

/** Every row of every table, sorted by id: what "identical" means for a plan. */
async function everything() {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    announcements: byId(await db.announcements.toArray()),
    checklistItems: byId(await db.checklistItems.toArray()),
    maintenanceWindows: byId(await db.maintenanceWindows.toArray()),
    templateSets: byId(await db.templateSets.toArray()),
    settings: await db.settings.toArray(),
  };
}

/** A plan with an announcement (one item ticked), a maintenance window and an edited setting. */
async function busyPlan(): Promise<{ announcementId: string; windowId: string }> {
  const announcementId = await createAnnouncement(
    announcementInput({ title: 'Session replay, for mobile; "beta"' }),
  );
  const windowId = await createMaintenanceWindow({
    title: 'EU Cloud database upgrade',
    start: localToInstant(toLocalDateTime('2026-12-05T22:00'), ZONE),
    end: localToInstant(toLocalDateTime('2026-12-06T02:00'), ZONE),
    timeZone: ZONE,
    services: ['EU Cloud'],
    disruption: 'downtime',
    audience: 'affected',
    ownerId: 'p-ops',
    status: 'planned',
    notes: 'Line one\nLine two',
    audienceZones: [],
  });
  const [first] = await db.checklistItems.where('parentId').equals(announcementId).toArray();
  if (!first) throw new Error('the announcement has no checklist');
  await toggleItemDone(first.id, true);
  await updateSettings({ arrayDayOfMonth: 15 });
  return { announcementId, windowId };
}

/** A backup file's text read back the way the Import dialog reads it. */
function readBack(text: string): Backup {
  const reading = readImport(text, 'backup.json', { timeZone: ZONE, now: NOW });
  if (reading.kind !== 'backup' || !reading.validation.ok)
    throw new Error(`not a valid backup: ${JSON.stringify(reading)}`);
  return reading.validation.backup;
}

/** The backup as the export has always made it: each table read on its own, in the file's order. */
async function tableByTable(exportedAt: Instant): Promise<Backup> {
  const windowOccurrences = await db.windowOccurrences.toArray();
  return createBackup(
    {
      announcements: await db.announcements.toArray(),
      checklistItems: await db.checklistItems.toArray(),
      maintenanceWindows: await db.maintenanceWindows.toArray(),
      templateSets: await db.templateSets.toArray(),
      settings: await loadSettings(),
      people: await db.people.toArray(),
      ...(windowOccurrences.length > 0 ? { windowOccurrences } : {}),
    },
    exportedAt,
  );
}

describe('backup repo', () => {
  beforeEach(freshPlan);

  it('exports a backup that, imported back, restores identical rows in every table', async () => {
    const { announcementId } = await busyPlan();
    const saved = await everything();
    const text = backupText(await readBackup(NOW));

    await deleteAnnouncement(announcementId);
    await updateSettings({ arrayDayOfMonth: 3, timeZone: 'Asia/Tokyo' });
    await db.templateSets.delete('handbook-earlier');
    expect(await everything()).not.toEqual(saved);

    await replaceWithBackup(readBack(text));
    expect(await everything()).toEqual(saved);
  });

  it('backs up the rows a read already holds, and a fresh read, exactly as each table read on its own', async () => {
    await busyPlan();
    // A repeating window's changed occurrence, and then a plan with no settings row at all.
    await db.windowOccurrences.put(
      makeWindowOccurrence('w', utcInstant('2026-12-05T22:00:00.000Z'), { updatedAt: NOW }),
    );
    const held = await readStoredRows(db, undefined, new Map());
    const expected = backupText(await tableByTable(NOW));
    expect(backupText(backupOfRows(held, NOW))).toBe(expected);
    expect(backupText(await readBackup(NOW))).toBe(expected);
    await db.settings.clear();
    await db.windowOccurrences.clear();
    const without = await readStoredRows(db, undefined, new Map());
    const expectedWithout = backupText(await tableByTable(NOW));
    expect(backupText(backupOfRows(without, NOW))).toBe(expectedWithout);
    expect(backupText(await readBackup(NOW))).toBe(expectedWithout);
    expect(backupOfRows(without, NOW).data).not.toHaveProperty('windowOccurrences');
  });

  it('counts what the plan holds', async () => {
    await busyPlan();
    const counts = await currentCounts();
    expect(counts.announcements).toBe(1);
    expect(counts.maintenanceWindows).toBe(1);
    expect(counts.checklistItems).toBe(await db.checklistItems.count());
    expect(counts.checklistItems).toBeGreaterThan(2);
  });

  it('reports an invalid backup by JSON path and writes nothing', async () => {
    await busyPlan();
    const before = await everything();
    const stackBefore = useUndoStore.getState().undoStack.length;
    const backup = JSON.parse(backupText(await readBackup(NOW))) as {
      data: { announcements: { launchDate: string }[] };
    };
    const [first] = backup.data.announcements;
    if (!first) throw new Error('no announcement in the backup');
    first.launchDate = '2026-02-30';
    const reading = readImport(JSON.stringify(backup), 'broken.json', { timeZone: ZONE, now: NOW });
    expect(reading.kind).toBe('backup');
    if (reading.kind !== 'backup' || reading.validation.ok) throw new Error('the broken backup was accepted');
    expect(reading.validation.problems.map((problem) => problem.path)).toContain(
      '$.data.announcements[0].launchDate',
    );
    expect(await everything()).toEqual(before);
    expect(useUndoStore.getState().undoStack).toHaveLength(stackBefore);
  });

  it('leaves the plan exactly as it was when a replace fails part-way', async () => {
    await busyPlan();
    const before = await everything();
    const good = readBack(backupText(await readBackup(NOW)));
    // A row without a key makes the last bulkPut throw after every delete has run in the transaction.
    const broken = {
      ...good,
      data: { ...good.data, templateSets: [{ ...good.data.templateSets[0], id: undefined }] },
    } as unknown as Backup;
    await expect(replaceWithBackup(broken)).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it('replaces in one undoable change: Undo restores the previous plan exactly, Redo the backup', async () => {
    await busyPlan();
    const backupRows = await everything();
    const backup = readBack(backupText(await readBackup(NOW)));
    await freshPlan();
    await createAnnouncement(
      announcementInput({
        title: 'Something else entirely',
        launchDate: calendarDay('2027-01-12'),
        tierKey: 'minor',
      }),
    );
    const previous = await everything();
    const stackBefore = useUndoStore.getState().undoStack.length;

    await replaceWithBackup(backup);
    expect(await everything()).toEqual(backupRows);
    expect(useUndoStore.getState().undoStack).toHaveLength(stackBefore + 1);

    expect(await useUndoStore.getState().undo()).toEqual({
      status: 'done',
      label: 'Replace plan from backup',
    });
    expect(await everything()).toEqual(previous);
    await useUndoStore.getState().redo();
    expect(await everything()).toEqual(backupRows);
  });

  it('tells malformed JSON apart, with its line and column', () => {
    const reading = readImport('{\n  "format": "tierline-backup",\n  "schemaVersion": 1,,\n}', 'bad.json', {
      timeZone: ZONE,
      now: NOW,
    });
    expect(reading.kind).toBe('error');
    if (reading.kind !== 'error') return;
    expect(reading.message).toMatch(/line 3, column \d+/);
    expect(reading.message).toContain('Nothing was changed');
  });
});
