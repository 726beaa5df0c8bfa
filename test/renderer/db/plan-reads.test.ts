import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { localToInstant, toLocalDateTime } from '../../../shared/zoned-time';
import { createAnnouncement, moveAnnouncementLaunch } from '../../../renderer/db/announcement-repo';
import { moveChecklistItemDue } from '../../../renderer/db/checklist-repo';
import { db } from '../../../renderer/db/db';
import {
  createMaintenanceWindow,
  moveMaintenanceWindow,
  resizeMaintenanceWindow,
} from '../../../renderer/db/maintenance-repo';
import { readStoredRows, type StoredRows } from '../../../renderer/db/stored-rows';
import { useUndoStore } from '../../../renderer/stores/undo-store';
import { makeMaintenanceInput } from '../../builders';
import { calendarDay, utcInstant } from '../../dates';
import { announcementInput, freshPlan, snapshot } from './repo-helpers';

// The same clock for both ways of computing a drop, so their rows' `updatedAt` agree.
const NOW = utcInstant('2026-11-02T09:00:00.000Z');
const ZONE = 'Europe/London';
const at = (local: string) => localToInstant(toLocalDateTime(local), ZONE);

/** What the plan on screen was made from, as the live plan holds it with no write under way. */
function onScreen(): Promise<StoredRows> {
  return readStoredRows(db, undefined, new Map());
}

const undo = () => useUndoStore.getState().undo();
const undoSteps = () => useUndoStore.getState().undoStack.length;

async function plan() {
  const launch = await createAnnouncement(announcementInput());
  const window = await createMaintenanceWindow(
    makeMaintenanceInput({ start: at('2026-12-05T22:00'), end: at('2026-12-06T02:00'), timeZone: ZONE }),
  );
  const items = await db.checklistItems.where('parentId').equals(launch).sortBy('order');
  useUndoStore.setState({ undoStack: [], redoStack: [] });
  return { launch, window, items };
}

describe('a drop computed from the plan on screen (plan-reads.ts)', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  beforeEach(freshPlan);

  it('writes exactly what the same drop read from storage writes, and undoes the same way', async () => {
    const { launch, window, items } = await plan();
    const drops: [string, (shown?: StoredRows) => Promise<void>][] = [
      ['launch', (shown) => moveAnnouncementLaunch(launch, calendarDay('2026-12-15'), shown)],
      ['item', (shown) => moveChecklistItemDue(items[2]!.id, calendarDay('2026-11-20'), shown)],
      ['window', (shown) => moveMaintenanceWindow(window, at('2026-12-12T21:00'), shown)],
      ['resize', (shown) => resizeMaintenanceWindow(window, at('2026-12-06T04:30'), shown)],
    ];
    for (const [what, drop] of drops) {
      const before = await snapshot();
      await drop(await onScreen());
      const fromScreen = await snapshot();
      expect(fromScreen, what).not.toEqual(before);
      await undo();
      expect(await snapshot(), what).toEqual(before);
      await drop();
      expect(await snapshot(), what).toEqual(fromScreen);
      await undo();
    }
  });

  it('is computed again from storage when another window wrote since the plan was read', async () => {
    const { launch, items } = await plan();
    const shown = await onScreen();
    // Another window ticks off an item the plan on screen still shows open.
    const launchRelative = items.filter((item) => item.offset?.kind === 'launch');
    const ticked = launchRelative[0]!;
    await db.checklistItems.put({ ...ticked, done: true, doneAt: NOW });
    const afterOtherWindow = await snapshot();

    await moveAnnouncementLaunch(launch, calendarDay('2026-12-11'), shown);

    const moved = await db.checklistItems.get(ticked.id);
    // Done work stays where it was (computed from storage), and stays done (the plan on screen's
    // open copy was never written).
    expect(moved).toMatchObject({ done: true, dueDate: ticked.dueDate });
    expect((await db.announcements.get(launch))?.launchDate).toBe('2026-12-11');
    const open = launchRelative[1]!;
    expect((await db.checklistItems.get(open.id))?.dueDate).not.toBe(open.dueDate);
    // One step on the undo stack, and it puts back what the other window left.
    expect(undoSteps()).toBe(1);
    await undo();
    expect(await snapshot()).toEqual(afterOtherWindow);
  });

  it('makes a refusal again from storage: a launch the plan on screen did not show yet still moves', async () => {
    const shown = await onScreen();
    const { launch } = await plan();

    await moveAnnouncementLaunch(launch, calendarDay('2026-12-10'), shown);

    expect((await db.announcements.get(launch))?.launchDate).toBe('2026-12-10');
  });

  it('says so and writes nothing when the launch was deleted since the plan was read', async () => {
    const { launch } = await plan();
    const shown = await onScreen();
    await db.transaction('rw', db.announcements, db.checklistItems, async () => {
      await db.announcements.delete(launch);
      await db.checklistItems.where('parentId').equals(launch).delete();
    });
    const before = await snapshot();

    await expect(moveAnnouncementLaunch(launch, calendarDay('2026-12-10'), shown)).rejects.toThrow(
      'That announcement no longer exists.',
    );

    expect(await snapshot()).toEqual(before);
    expect(undoSteps()).toBe(0);
  });
});
