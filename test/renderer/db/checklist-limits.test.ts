import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnouncement, moveAnnouncementLaunch } from '../../../renderer/db/announcement-repo';
import {
  addCustomItem,
  assignItem,
  setItemDueAt,
  setItemDueDate,
  setItemNotes,
} from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import { DueDateOutOfRangeError } from '../../../shared/checklist/due-range';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { createPerson } from '../../../renderer/db/people-repo';
import { calendarDay, utcInstant } from '../../dates';

async function firstItemId(parentId: string): Promise<string> {
  const rows = await db.checklistItems.where('parentId').equals(parentId).sortBy('order');
  return rows[0]?.id ?? '';
}

describe('hostile input: checklist and launch writes', () => {
  let announcementId = '';
  let itemId = '';
  beforeEach(async () => {
    await freshPlan();
    announcementId = await createAnnouncement(announcementInput());
    itemId = await firstItemId(announcementId);
  });

  it('refuses a due date set by hand to 9999-12-31 and writes nothing', async () => {
    const before = await snapshot();
    await expect(setItemDueDate(itemId, calendarDay('9999-12-31'))).rejects.toThrow(
      '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a due time in year 2200 and writes nothing', async () => {
    const before = await snapshot();
    await expect(setItemDueAt(itemId, utcInstant('2200-01-01T09:00:00.000Z'))).rejects.toThrow(
      /outside the dates/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a 5,000-character person name instead of keeping its first 200 characters', async () => {
    const before = await snapshot();
    await expect(createPerson('A'.repeat(5000))).rejects.toThrow(
      'A name can be at most 200 characters (this one has 5000).',
    );
    await expect(assignItem(itemId, 'no-such-person')).rejects.toThrow('no longer in the people list');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses notes over 5,000 characters instead of cutting them', async () => {
    const before = await snapshot();
    await expect(setItemNotes(itemId, 'n'.repeat(5001))).rejects.toThrow(
      'This is 5,001 characters; keep it to 5,000.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an own item due in 1899', async () => {
    const before = await snapshot();
    await expect(
      addCustomItem(announcementId, 'announcement', {
        title: 'Old',
        dueDate: calendarDay('1899-12-31'),
        team: 'Marketing',
      }),
    ).rejects.toThrow('1899-12-31 is outside the dates Tierline plans');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses dragging a Major launch to 2199-12-30, naming the item pushed into 2200', async () => {
    const before = await snapshot();
    const move = moveAnnouncementLaunch(announcementId, calendarDay('2199-12-30'));
    await expect(move).rejects.toBeInstanceOf(DueDateOutOfRangeError);
    await expect(move).rejects.toThrow(/^“.+” would be due 2200-/);
    expect(await snapshot()).toEqual(before);
  });
});
