import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revertChange, runChange } from '../../../renderer/db/change';
import { db } from '../../../renderer/db/db';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { defaultSettings } from '../../../shared/settings-defaults';
import type { Announcement, ChecklistItem } from '../../../shared/types';
import { makeAnnouncement, makeChecklistItem } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';

function announcement(id: string, title: string): Announcement {
  return makeAnnouncement({
    id,
    title,
    launchDate: calendarDay('2026-12-01'),
    createdAt: utcInstant('2026-11-01T00:00:00.000Z'),
    updatedAt: utcInstant('2026-11-01T00:00:00.000Z'),
  });
}

function item(id: string, parentId: string, done: boolean): ChecklistItem {
  return makeChecklistItem({
    id,
    parentId,
    title: `Item ${id}`,
    offset: { kind: 'launch', days: 1 },
    dueDate: calendarDay('2026-12-02'),
    done,
    custom: false,
    updatedAt: utcInstant('2026-11-01T00:00:00.000Z'),
  });
}

async function snapshot() {
  return {
    announcements: await db.announcements.orderBy('id').toArray(),
    items: await db.checklistItems.orderBy('id').toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('one planner action is one transaction that can be undone exactly', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await db.announcements.bulkPut([announcement('a1', 'Kept'), announcement('a2', 'To delete')]);
    await db.checklistItems.bulkPut([item('i1', 'a1', false), item('i2', 'a2', true)]);
    await db.settings.put(defaultSettings('Europe/London'));
    useUndoStore.setState({ undoStack: [], redoStack: [] });
  });

  it('writes puts and deletes together, and reverting restores every touched row as it was', async () => {
    const before = await snapshot();
    const record = await runChange('mixed change', async () => {
      const kept = await db.announcements.get('a1');
      if (!kept) throw new Error('fixture missing');
      return {
        announcements: { put: [{ ...kept, title: 'Renamed' }, announcement('a3', 'New')], delete: ['a2'] },
        checklistItems: { put: [item('i3', 'a3', false)], delete: ['i2'] },
      };
    });
    const during = await snapshot();
    expect(during.announcements.map((row) => row.title)).toEqual(['Renamed', 'New']);
    expect(during.items.map((row) => row.id)).toEqual(['i1', 'i3']);

    const redo = await revertChange(record);
    expect(await snapshot()).toEqual(before);
    await revertChange(redo);
    expect(await snapshot()).toEqual(during);
  });

  it('writes nothing when the computation fails', async () => {
    const before = await snapshot();
    await expect(
      runChange('failing change', async () => {
        await db.announcements.get('a1');
        throw new Error('validation failed');
      }),
    ).rejects.toThrow('validation failed');
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back earlier writes of the same change when a later write fails', async () => {
    const before = await snapshot();
    const rowWithoutKey = { title: 'no id' } as unknown as ChecklistItem;
    await expect(
      runChange('half-bad change', () =>
        Promise.resolve({
          announcements: { put: [announcement('a9', 'Should not survive')], delete: ['a1'] },
          checklistItems: { put: [rowWithoutKey] },
        }),
      ),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('the undo store undoes and redoes in order', async () => {
    const first = await runChange('rename', async () => ({
      announcements: { put: [{ ...(await db.announcements.get('a1'))!, title: 'One' }] },
    }));
    useUndoStore.getState().record(first);
    const second = await runChange('rename again', async () => ({
      announcements: { put: [{ ...(await db.announcements.get('a1'))!, title: 'Two' }] },
    }));
    useUndoStore.getState().record(second);

    expect(await useUndoStore.getState().undo()).toEqual({ status: 'done', label: 'rename again' });
    expect((await db.announcements.get('a1'))?.title).toBe('One');
    expect(await useUndoStore.getState().undo()).toEqual({ status: 'done', label: 'rename' });
    expect((await db.announcements.get('a1'))?.title).toBe('Kept');
    expect(await useUndoStore.getState().undo()).toBeNull();
    expect(await useUndoStore.getState().redo()).toEqual({ status: 'done', label: 'rename' });
    expect((await db.announcements.get('a1'))?.title).toBe('One');
  });

  it('a change of hundreds of rows, some stored, is undone exactly: stored rows come back, new ones go', async () => {
    // Two tables on the two paths of a large change: keys read first (few stored rows), or each row
    // looked up (a table much larger than the change).
    const stored = Array.from({ length: 40 }, (_, index) => announcement(`big-${index}`, `Stored ${index}`));
    await db.announcements.bulkPut(stored);
    const manyItems = Array.from({ length: 2100 }, (_, index) => item(`many-${index}`, 'a1', false));
    await db.checklistItems.bulkPut(manyItems);
    const before = await snapshot();
    const record = await runChange('big import', () =>
      Promise.resolve({
        announcements: {
          put: Array.from({ length: 300 }, (_, index) => announcement(`big-${index}`, `Imported ${index}`)),
        },
        checklistItems: {
          put: Array.from({ length: 250 }, (_, index) => item(`many-${index * 8}`, 'a1', true)),
        },
      }),
    );
    expect(record.before.announcements?.filter((entry) => entry.row !== undefined)).toHaveLength(40);
    expect(record.before.checklistItems?.filter((entry) => entry.row?.done === false)).toHaveLength(250);
    expect(await db.announcements.count()).toBe(2 + 300);

    await revertChange(record);
    expect(await snapshot()).toEqual(before);
  });

  it('undoes a large change without looking its rows up one by one, and exactly', async () => {
    const before = await snapshot();
    const record = await runChange('big import', () =>
      Promise.resolve({
        announcements: {
          put: Array.from({ length: 300 }, (_, index) => announcement(`new-${index}`, `Imported ${index}`)),
        },
      }),
    );
    // Dexie hands a transaction its own table objects: the lookups are counted on their prototype.
    const lookups = vi.spyOn(Object.getPrototypeOf(db.announcements) as typeof db.announcements, 'bulkGet');
    await revertChange(record);
    // The check that the rows are still as written read the table whole (302 rows for 300 ids), and
    // the undo's own snapshot took those rows: no lookup of a row by id at all.
    const ofAnnouncements = lookups.mock.calls.filter(
      (_, index) => (lookups.mock.contexts[index] as { name: string }).name === 'announcements',
    );
    lookups.mockRestore();
    expect(ofAnnouncements).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("records what it wrote, not what the caller's objects hold afterwards; the last put of an id wins", async () => {
    const first = announcement('a5', 'First');
    const last = announcement('a5', 'Last');
    const record = await runChange('twice', () => Promise.resolve({ announcements: { put: [first, last] } }));
    expect((await db.announcements.get('a5'))?.title).toBe('Last');
    last.title = 'Changed after the write';
    expect(record.after.announcements).toEqual([{ id: 'a5', row: announcement('a5', 'Last') }]);
    // The row still holds what the change wrote, so the revert goes ahead.
    await revertChange(record);
    expect(await db.announcements.get('a5')).toBeUndefined();
  });

  it('takes the rows an action hands back as read for its undo, reads the others, and keeps its own copy', async () => {
    const before = await snapshot();
    const read: Announcement[] = [];
    // Dexie hands a transaction its own table objects: the lookups are counted on their prototype.
    const lookups = vi.spyOn(Object.getPrototypeOf(db.announcements) as typeof db.announcements, 'bulkGet');
    const record = await runChange('renamed from what it read', async () => {
      const kept = await db.announcements.get('a1');
      if (!kept) throw new Error('fixture missing');
      read.push(kept);
      return {
        // a1 was read by the action; a2 was not, so the snapshot reads it.
        announcements: { put: [{ ...kept, title: 'Renamed' }], delete: ['a2'], read },
      };
    });
    // One lookup for the snapshot, of the row the action did not read.
    const ofAnnouncements = lookups.mock.calls.filter(
      (_, index) => (lookups.mock.contexts[index] as { name: string }).name === 'announcements',
    );
    expect(ofAnnouncements).toEqual([[['a2']]]);
    lookups.mockRestore();
    // The caller's objects change afterwards: the record does not.
    (read[0] as { title: string }).title = 'Scribbled on';
    // Deleted ids come first, as the change lists what it touched.
    expect(record.before.announcements).toEqual([
      { id: 'a2', row: before.announcements[1] },
      { id: 'a1', row: before.announcements[0] },
    ]);
    await revertChange(record);
    expect(await snapshot()).toEqual(before);
  });
});
