import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../shared/calendar-day';
import { dueDateForOffset } from '../../../shared/checklist/due-dates';
import { builtInTemplateSets, findTier } from '../../../shared/templates/built-in-sets';
import type { ChecklistItem, TierTemplate } from '../../../shared/types';
import {
  createAnnouncement,
  deleteAnnouncement,
  moveAnnouncementLaunch,
  reapplyTemplate,
  updateAnnouncement,
} from '../../../renderer/db/announcement-repo';
import {
  assignItem,
  setItemDueDate,
  setItemNotes,
  toggleItemDone,
} from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import { renameTemplateTier, removeItemFromTier } from '../../../renderer/db/template-repo';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { createPerson, findPersonId } from '../../../renderer/db/people-repo';
import { calendarDay } from '../../dates';

function tier(key: string): TierTemplate {
  const set = builtInTemplateSets()[0];
  const found = set ? findTier(set, key) : undefined;
  if (!found) throw new Error(`no tier ${key}`);
  return found;
}

async function itemsOf(parentId: string): Promise<ChecklistItem[]> {
  return (await db.checklistItems.where('parentId').equals(parentId).toArray()).sort(
    (a, b) => a.order - b.order,
  );
}

const undo = () => useUndoStore.getState().undo();

describe('announcement repo', () => {
  beforeEach(freshPlan);

  it('creates an announcement with its tier checklist in one undoable step', async () => {
    const id = await createAnnouncement(announcementInput());
    const items = await itemsOf(id);
    const major = tier('major');
    expect(items.map((item) => item.templateItemId)).toEqual(major.items.map((item) => item.id));
    for (const item of items) {
      const source = major.items.find((candidate) => candidate.id === item.templateItemId);
      expect(item.dueDate).toBe(
        dueDateForOffset(source!.offset, calendarDay('2026-12-08'), {
          arrayDayOfMonth: 1,
          businessDaysOnly: false,
        }),
      );
    }
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
    await undo();
    expect(await db.announcements.count()).toBe(0);
    expect(await db.checklistItems.count()).toBe(0);
  });

  it('moving the launch moves open items and leaves done and hand-set ones', async () => {
    const id = await createAnnouncement(announcementInput());
    const [first, second, third, fourth] = await itemsOf(id);
    await toggleItemDone(first!.id, true);
    await setItemDueDate(second!.id, calendarDay('2026-11-30'));
    await assignItem(third!.id, await createPerson('Priya'));
    const before = await itemsOf(id);
    await moveAnnouncementLaunch(id, calendarDay('2026-12-11'));
    const after = await itemsOf(id);
    const byId = new Map(after.map((item) => [item.id, item]));
    expect(byId.get(first!.id)?.dueDate).toBe(before[0]?.dueDate);
    expect(byId.get(second!.id)?.dueDate).toBe('2026-11-30');
    for (const item of before) {
      if (item.done || item.dueOverridden) continue;
      const moved = byId.get(item.id)!;
      if (item.offset?.kind === 'launch') expect(moved.dueDate).toBe(addCalendarDays(item.dueDate, 3));
      else
        expect(moved.dueDate).toBe(
          dueDateForOffset(item.offset!, calendarDay('2026-12-11'), {
            arrayDayOfMonth: 1,
            businessDaysOnly: false,
          }),
        );
    }
    expect(byId.get(third!.id)?.assigneeId).toBe(await findPersonId('Priya'));
    expect(fourth).toBeDefined();
  });

  it('a tier change through the edit path and back loses nothing, and one undo restores every row', async () => {
    const id = await createAnnouncement(announcementInput());
    const majorOnly = tier('major').items.filter(
      (item) => !tier('minor').items.some((m) => m.id === item.id),
    );
    expect(majorOnly.length).toBeGreaterThan(2);
    const items = await itemsOf(id);
    const doneItem = items.find((item) => item.templateItemId === majorOnly[0]!.id)!;
    const assigned = items.find((item) => item.templateItemId === majorOnly[1]!.id)!;
    const noted = items.find((item) => item.templateItemId === majorOnly[2]!.id)!;
    await toggleItemDone(doneItem.id, true);
    await assignItem(assigned.id, await createPerson('Priya'));
    await setItemNotes(noted.id, 'Ask Ana for the screenshots');
    const beforeMinor = await snapshot();

    await updateAnnouncement(id, announcementInput({ tierKey: 'minor' }));
    const minor = await itemsOf(id);
    const kept = minor
      .filter((item) => item.notInTier)
      .map((item) => item.id)
      .sort();
    expect(kept).toEqual([doneItem.id, assigned.id, noted.id].sort());
    const minorIds = new Set(tier('minor').items.map((item) => item.id));
    for (const item of minor) expect(minorIds.has(item.templateItemId!) || item.notInTier).toBe(true);

    // One undo puts back exactly the rows before the tier change.
    await undo();
    expect(await snapshot()).toEqual(beforeMinor);

    await updateAnnouncement(id, announcementInput({ tierKey: 'minor' }));
    await updateAnnouncement(id, announcementInput({ tierKey: 'major' }));
    const back = await itemsOf(id);
    expect(back).toHaveLength(tier('major').items.length);
    const strip = (item: ChecklistItem) => ({
      ...item,
      updatedAt: '',
      sequence: 0,
      doneAt: item.doneAt ? 'set' : null,
    });
    expect(back.map(strip)).toEqual(beforeMinor.checklistItems.sort((a, b) => a.order - b.order).map(strip));
    expect(back.find((item) => item.id === doneItem.id)?.done).toBe(true);
    expect(back.find((item) => item.id === assigned.id)?.assigneeId).toBe(await findPersonId('priya'));
  });

  it('an edit that moves the launch and changes the tier is one transaction and one undo step', async () => {
    const id = await createAnnouncement(announcementInput());
    const before = await snapshot();
    const depth = useUndoStore.getState().undoStack.length;
    await updateAnnouncement(
      id,
      announcementInput({
        tierKey: 'medium',
        launchDate: calendarDay('2026-12-15'),
        title: 'Replay for mobile',
      }),
    );
    expect(useUndoStore.getState().undoStack).toHaveLength(depth + 1);
    const stored = await db.announcements.get(id);
    expect([stored?.title, stored?.tierKey, stored?.launchDate]).toEqual([
      'Replay for mobile',
      'medium',
      '2026-12-15',
    ]);
    const medium = tier('medium');
    const items = await itemsOf(id);
    expect(items.map((item) => item.templateItemId).sort()).toEqual(
      medium.items.map((item) => item.id).sort(),
    );
    for (const item of items)
      expect(item.dueDate).toBe(
        dueDateForOffset(item.offset!, calendarDay('2026-12-15'), {
          arrayDayOfMonth: 1,
          businessDaysOnly: false,
        }),
      );
    await undo();
    expect(await snapshot()).toEqual(before);
  });

  it('editing a template never rewrites an existing checklist; re-applying brings it in line without dropping work', async () => {
    const id = await createAnnouncement(announcementInput());
    const major = tier('major');
    const dropped = major.items[3]!;
    const droppedWithWork = major.items[4]!;
    await assignItem(`${id}:${droppedWithWork.id}`, await createPerson('Priya'));
    await renameTemplateTier('handbook-current', 'major', 'Big launch');
    await removeItemFromTier('handbook-current', 'major', dropped.id);
    await removeItemFromTier('handbook-current', 'major', droppedWithWork.id);
    expect(await itemsOf(id)).toHaveLength(major.items.length);

    await reapplyTemplate(id);
    const items = await itemsOf(id);
    expect(items.some((item) => item.templateItemId === dropped.id)).toBe(false);
    const kept = items.find((item) => item.templateItemId === droppedWithWork.id);
    expect([kept?.assigneeId, kept?.notInTier]).toEqual([await findPersonId('Priya'), true]);
    expect(items).toHaveLength(major.items.length - 1);
  });

  it('deletes an announcement with its checklist, and undo brings both back', async () => {
    const id = await createAnnouncement(announcementInput());
    const before = await snapshot();
    await deleteAnnouncement(id);
    expect(await db.checklistItems.count()).toBe(0);
    await undo();
    expect(await snapshot()).toEqual(before);
  });
});
