import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { undoMessage } from '../../../renderer/app/undo-actions';
import {
  createAnnouncement,
  moveAnnouncementLaunch,
  updateAnnouncement,
} from '../../../renderer/db/announcement-repo';
import { setItemNotes } from '../../../renderer/db/checklist-repo';
import { TierlineDb, db } from '../../../renderer/db/db';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';
import { calendarDay } from '../../dates';

// A second connection to the same database: what another window (or browser tab) holds.
const otherWindow = new TierlineDb();
beforeAll(() => otherWindow.open());
afterAll(() => otherWindow.close());

const store = () => useUndoStore.getState();

async function launchOf(id: string): Promise<string | undefined> {
  return (await db.announcements.get(id))?.launchDate;
}

describe('hostile input: undo after another window edited the same rows', () => {
  beforeEach(freshPlan);

  it('a later title edit in another window: Undo of the move says so, writes nothing and drops the step', async () => {
    const id = await createAnnouncement(announcementInput({ title: 'Launch' }));
    await moveAnnouncementLaunch(id, calendarDay('2026-12-15'));
    await otherWindow.announcements.update(id, { title: 'Renamed elsewhere' });
    const before = await snapshot();

    const outcome = await store().undo();

    expect(undoMessage('undo', outcome)).toBe(
      "Can't undo “Move launch”: it was changed since (in another window).",
    );
    expect(await snapshot()).toEqual(before);
    expect(store().undoStack.map((step) => step.label)).toEqual(['Create “Launch”']);
    expect(store().redoStack).toEqual([]);
  });

  it('a checklist note added elsewhere blocks undoing the move that shifted that item', async () => {
    const id = await createAnnouncement(announcementInput());
    await moveAnnouncementLaunch(id, calendarDay('2026-12-20'));
    const item = (await db.checklistItems.where('parentId').equals(id).first())!;
    await otherWindow.checklistItems.update(item.id, { notes: 'typed in the other window' });
    const before = await snapshot();

    expect(await store().undo()).toEqual({ status: 'stale', label: 'Move launch' });
    expect(await snapshot()).toEqual(before);
    expect(await launchOf(id)).toBe('2026-12-20');
  });

  it('an announcement deleted elsewhere: Undo of its creation leaves its checklist alone', async () => {
    const id = await createAnnouncement(announcementInput({ title: 'Doomed' }));
    await otherWindow.announcements.delete(id);
    const before = await snapshot();
    expect(before.checklistItems.length).toBeGreaterThan(0);

    expect(await store().undo()).toEqual({ status: 'stale', label: 'Create “Doomed”' });
    expect(await snapshot()).toEqual(before);
    expect(store().undoStack).toEqual([]);
  });

  it('Redo after another window changed the rows says it cannot redo, and writes nothing', async () => {
    const id = await createAnnouncement(announcementInput());
    await moveAnnouncementLaunch(id, calendarDay('2026-12-22'));
    expect(await store().undo()).toEqual({ status: 'done', label: 'Move launch' });
    await otherWindow.announcements.update(id, { launchDate: calendarDay('2026-12-09') });
    const before = await snapshot();

    const outcome = await store().redo();

    expect(undoMessage('redo', outcome)).toBe(
      "Can't redo “Move launch”: it was changed since (in another window).",
    );
    expect(await snapshot()).toEqual(before);
    expect(store().redoStack).toEqual([]);
  });

  it('a stale step in a burst of presses is skipped and the next press undoes the step below', async () => {
    const first = await createAnnouncement(announcementInput({ title: 'First' }));
    const second = await createAnnouncement(announcementInput({ title: 'Second' }));
    await moveAnnouncementLaunch(first, calendarDay('2026-12-10'));
    await moveAnnouncementLaunch(second, calendarDay('2026-12-11'));
    await otherWindow.announcements.update(second, { summary: 'edited elsewhere' });

    const outcomes = await Promise.all([store().undo(), store().undo()]);

    expect(outcomes).toEqual([
      { status: 'stale', label: 'Move launch' },
      { status: 'done', label: 'Move launch' },
    ]);
    expect(await launchOf(second)).toBe('2026-12-11');
    expect((await db.announcements.get(second))?.summary).toBe('edited elsewhere');
    expect(await launchOf(first)).toBe('2026-12-08');
  });

  it('held Ctrl+Z: ten presses without waiting undo exactly the four steps there are, newest first', async () => {
    const start = await snapshot();
    const id = await createAnnouncement(announcementInput({ title: 'Held' }));
    await moveAnnouncementLaunch(id, calendarDay('2026-12-09'));
    await moveAnnouncementLaunch(id, calendarDay('2026-12-10'));
    await setItemNotes((await db.checklistItems.where('parentId').equals(id).first())!.id, 'note');
    const labels = store()
      .undoStack.map((step) => step.label)
      .reverse();

    const outcomes = await Promise.all(Array.from({ length: 10 }, () => store().undo()));

    expect(outcomes.slice(0, 4)).toEqual(labels.map((label) => ({ status: 'done', label })));
    expect(outcomes.slice(4)).toEqual(Array(6).fill(null));
    expect(await snapshot()).toEqual(start);
    expect(store().undoStack).toEqual([]);
    expect(store().redoStack).toHaveLength(4);
  });
});

describe('undo and redo run one at a time', () => {
  beforeEach(freshPlan);

  it('undo, redo, undo pressed together apply in press order', async () => {
    const id = await createAnnouncement(announcementInput());
    await moveAnnouncementLaunch(id, calendarDay('2026-12-12'));
    await moveAnnouncementLaunch(id, calendarDay('2026-12-14'));

    const outcomes = await Promise.all([store().undo(), store().undo(), store().redo()]);

    expect(outcomes.map((outcome) => outcome?.status)).toEqual(['done', 'done', 'done']);
    expect(await launchOf(id)).toBe('2026-12-12');
    expect(store().undoStack).toHaveLength(2);
    expect(store().redoStack).toHaveLength(1);
  });

  it('an edit elsewhere that another window then undid lets this window undo again', async () => {
    const id = await createAnnouncement(announcementInput({ title: 'Kept' }));
    await updateAnnouncement(id, announcementInput({ title: 'Mine' }));
    const mine = (await db.announcements.get(id))!;
    await otherWindow.announcements.put({ ...mine, title: 'Theirs' });
    await otherWindow.announcements.put(mine);

    expect(await store().undo()).toEqual({ status: 'done', label: 'Edit “Mine”' });
    expect((await db.announcements.get(id))?.title).toBe('Kept');
  });
});
