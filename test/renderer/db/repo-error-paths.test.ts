import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInTemplateSet } from '../../../shared/templates/built-in-sets';
import { outOfRangeMessage } from '../../../shared/plannable-range';
import type { ChecklistItem } from '../../../shared/types';
import { createAnnouncement, deleteAnnouncement } from '../../../renderer/db/announcement-repo';
import { moveChecklistItemDue, setItemDueAt } from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import { createMaintenanceWindow } from '../../../renderer/db/maintenance-repo';
import {
  deleteTemplateSet,
  saveImportedTemplateSet,
  setActiveTemplateSet,
} from '../../../renderer/db/template-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { makeMaintenanceInput } from '../../builders';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { calendarDay, uncheckedInstant, utcInstant } from '../../dates';

/*
 * Issue 14: repository paths no test reached before. Every refusal is checked for its message, an
 * unchanged plan and no undo step; every write is read back from IndexedDB.
 */

const undoDepth = () => useUndoStore.getState().undoStack.length;

async function teamSet(): Promise<void> {
  const base = builtInTemplateSet('handbook-current');
  if (!base) throw new Error('no built-in set');
  await saveImportedTemplateSet({ ...base, id: 'team-set', name: 'Team set', builtIn: false });
}

/** The window's comms items, earliest first: they carry a due moment (`dueAt`), not only a day. */
async function windowItems(windowId: string): Promise<ChecklistItem[]> {
  const rows = await db.checklistItems.where('parentId').equals(windowId).toArray();
  return rows.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
}

describe('hostile input: template sets still in use', () => {
  beforeEach(freshPlan);

  it('refuses to delete a set two announcements use, naming how many, and changes nothing', async () => {
    await teamSet();
    await setActiveTemplateSet('team-set');
    await createAnnouncement(announcementInput({ title: 'Funnels' }));
    await createAnnouncement(announcementInput({ title: 'Replay' }));
    await setActiveTemplateSet('handbook-current');
    const before = await snapshot();
    const depth = undoDepth();
    await expect(deleteTemplateSet('team-set')).rejects.toThrow('2 announcements use this set, so it stays.');
    expect(await snapshot()).toEqual(before);
    expect(undoDepth()).toBe(depth);
  });

  it('says "1 announcement uses" for one, and deletes the set once nothing uses it', async () => {
    await teamSet();
    await setActiveTemplateSet('team-set');
    const id = await createAnnouncement(announcementInput());
    await setActiveTemplateSet('handbook-current');
    await expect(deleteTemplateSet('team-set')).rejects.toThrow('1 announcement uses this set, so it stays.');
    expect(await db.templateSets.get('team-set')).toBeDefined();
    await deleteAnnouncement(id);
    await deleteTemplateSet('team-set');
    expect(await db.templateSets.get('team-set')).toBeUndefined();
  });
});

describe('checklist items of a maintenance window (due moments)', () => {
  // Planned well ahead, so no advance message is pulled forward to "now".
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-02T09:00:00.000Z'));
  });
  afterAll(() => vi.useRealTimers());
  beforeEach(freshPlan);

  const window = () =>
    createMaintenanceWindow(
      makeMaintenanceInput({
        start: utcInstant('2026-12-05T22:00:00.000Z'),
        end: utcInstant('2026-12-06T02:00:00.000Z'),
      }),
    );

  it("setItemDueAt stores the moment and its day in the planner's zone, as one undo step", async () => {
    // Tokyo is nine hours ahead: 20:00 UTC on 4 Dec is already 5 Dec there.
    await db.settings.update('settings', { timeZone: 'Asia/Tokyo' });
    const [first] = await windowItems(await window());
    const original = await db.checklistItems.get(first!.id);
    await setItemDueAt(first!.id, utcInstant('2026-12-04T20:00:00.000Z'));
    const moved = await db.checklistItems.get(first!.id);
    expect([moved?.dueAt, moved?.dueDate, moved?.dueOverridden]).toEqual([
      '2026-12-04T20:00:00.000Z',
      '2026-12-05',
      true,
    ]);
    await useUndoStore.getState().undo();
    expect(await db.checklistItems.get(first!.id)).toEqual(original);
  });

  describe('hostile input: due moments', () => {
    it('setItemDueAt refuses an unreadable or out-of-range moment and writes nothing', async () => {
      const [first] = await windowItems(await window());
      const before = await snapshot();
      const depth = undoDepth();
      await expect(setItemDueAt(first!.id, uncheckedInstant('next tuesday'))).rejects.toThrow(
        'Not a time we can read: next tuesday',
      );
      await expect(setItemDueAt(first!.id, utcInstant('1899-12-31T12:00:00.000Z'))).rejects.toThrow(
        outOfRangeMessage('1899-12-31T12:00:00.000Z'),
      );
      expect(await snapshot()).toEqual(before);
      expect(undoDepth()).toBe(depth);
    });
  });

  it('moving a maintenance item to another day moves its due moment with it, keeping the time of day', async () => {
    const [first] = await windowItems(await window());
    const dueAt = first!.dueAt!;
    await moveChecklistItemDue(first!.id, calendarDay('2026-11-20'));
    const moved = await db.checklistItems.get(first!.id);
    expect(moved?.dueDate).toBe('2026-11-20');
    expect(moved?.dueOverridden).toBe(true);
    // London is on UTC in November, so the time of day reads the same in both.
    expect(moved?.dueAt).toBe(`2026-11-20${dueAt.slice(10)}`);
  });
});
