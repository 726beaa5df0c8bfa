import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dueDateForOffset } from '../../../shared/checklist/due-dates';
import type { ChecklistItem } from '../../../shared/types';
import {
  createAnnouncement,
  moveAnnouncementLaunch,
  updateAnnouncement,
} from '../../../renderer/db/announcement-repo';
import {
  addCustomItem,
  assignItem,
  deleteItem,
  keepNotInTierItem,
  resetItemDue,
  setItemDueDate,
  setItemNotes,
  toggleItemDone,
} from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { createPerson, findPersonId } from '../../../renderer/db/people-repo';
import { calendarDay, uncheckedDay } from '../../dates';

async function item(id: string): Promise<ChecklistItem> {
  const row = await db.checklistItems.get(id);
  if (!row) throw new Error(`no item ${id}`);
  return row;
}

async function firstItemOf(parentId: string): Promise<ChecklistItem> {
  const rows = await db.checklistItems.where('parentId').equals(parentId).sortBy('order');
  return rows[0]!;
}

describe('checklist repo', () => {
  beforeEach(freshPlan);

  it('ticking records when; unticking clears it; each is one undo step', async () => {
    const id = await createAnnouncement(announcementInput());
    const { id: itemId } = await firstItemOf(id);
    await toggleItemDone(itemId, true);
    const done = await item(itemId);
    expect(done.done).toBe(true);
    expect(Number.isNaN(Date.parse(done.doneAt ?? ''))).toBe(false);
    await toggleItemDone(itemId, false);
    expect([(await item(itemId)).done, (await item(itemId)).doneAt]).toEqual([false, null]);
    await useUndoStore.getState().undo();
    expect(await item(itemId)).toEqual(done);
  });

  it('writes nothing and records no undo step when nothing changes', async () => {
    const id = await createAnnouncement(announcementInput());
    const { id: itemId } = await firstItemOf(id);
    const priya = await createPerson('  Priya   Shah ');
    await assignItem(itemId, priya);
    expect((await item(itemId)).assigneeId).toBe(await findPersonId('priya shah'));
    expect((await db.people.get(priya))?.name).toBe('Priya Shah');
    const depth = useUndoStore.getState().undoStack.length;
    await assignItem(itemId, priya);
    await setItemNotes(itemId, '');
    await toggleItemDone(itemId, false);
    expect(useUndoStore.getState().undoStack).toHaveLength(depth);
  });

  it('a due date set by hand stays through a launch move, and reset puts it back on the rule', async () => {
    const id = await createAnnouncement(announcementInput());
    const first = await firstItemOf(id);
    await setItemDueDate(first.id, calendarDay('2026-11-20'));
    expect((await item(first.id)).dueOverridden).toBe(true);
    await moveAnnouncementLaunch(id, calendarDay('2026-12-18'));
    expect((await item(first.id)).dueDate).toBe('2026-11-20');
    await resetItemDue(first.id);
    const reset = await item(first.id);
    expect(reset.dueOverridden).toBe(false);
    expect(reset.dueDate).toBe(
      dueDateForOffset(first.offset!, calendarDay('2026-12-18'), {
        arrayDayOfMonth: 1,
        businessDaysOnly: false,
      }),
    );
  });

  it('refuses an unreadable due date and stores nothing', async () => {
    const id = await createAnnouncement(announcementInput());
    const first = await firstItemOf(id);
    const before = await snapshot();
    await expect(setItemDueDate(first.id, uncheckedDay('2026-02-30'))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('adds custom items at the end; they survive tier changes and can be deleted', async () => {
    const id = await createAnnouncement(announcementInput());
    const count = await db.checklistItems.count();
    const customId = await addCustomItem(id, 'announcement', {
      title: 'Record a demo video',
      dueDate: calendarDay('2026-12-04'),
      team: 'Product',
    });
    const custom = await item(customId);
    expect([custom.custom, custom.order, custom.team, custom.offset]).toEqual([true, count, 'Product', null]);
    await expect(
      addCustomItem(id, 'announcement', { title: '  ', dueDate: calendarDay('2026-12-04'), team: '' }),
    ).rejects.toThrow('title');
    await updateAnnouncement(id, announcementInput({ tierKey: 'minor' }));
    expect((await item(customId)).notInTier).toBe(false);
    await deleteItem(customId);
    expect(await db.checklistItems.get(customId)).toBeUndefined();
  });

  it('keeping a "not in this tier" item clears its flag', async () => {
    const id = await createAnnouncement(announcementInput());
    const rows = await db.checklistItems.where('parentId').equals(id).toArray();
    const landing = rows.find((row) => row.channel === 'landing-page')!;
    await assignItem(landing.id, await createPerson('Lee'));
    await updateAnnouncement(id, announcementInput({ tierKey: 'minor' }));
    expect((await item(landing.id)).notInTier).toBe(true);
    await keepNotInTierItem(landing.id);
    expect((await item(landing.id)).notInTier).toBe(false);
  });
});
