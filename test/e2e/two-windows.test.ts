import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';
import { openSecondWindow } from './pages/second-window';

/*
 * Browser mode lets a planner open the plan in two tabs (or windows) of one profile: both hold
 * the same IndexedDB. One test file, one story: A and B share a plan from start to end.
 */
let app: AppSession;
let a: CalendarPage;
let b: CalendarPage;
let bErrors: string[];
beforeAll(async () => {
  app = await openApp();
  a = new CalendarPage(app.page);
  ({ calendar: b, errors: bErrors } = await openSecondWindow(app));
});
afterAll(async () => {
  expect(bErrors).toEqual([]);
  await app.close();
});

/**
 * Brings a window to the front, as a planner switching to it does (a background tab gets no
 * animation frames, so a drag there crawls), and takes focus off any field so Ctrl+Z reaches Undo.
 */
async function switchTo(calendar: CalendarPage): Promise<void> {
  await calendar.page.bringToFront();
  await calendar.page.getByRole('heading', { name: 'Tierline', exact: true }).click();
}

async function announcement(title: string): Promise<Announcement | undefined> {
  return (await readStore<Announcement>(app.page, 'announcements')).find((row) => row.title === title);
}

describe('two windows on one plan', () => {
  it('an announcement made and moved in window A shows in window B without a reload', async () => {
    await switchTo(a);
    const dialog = await a.newAnnouncement();
    await dialog.fill({ title: 'Shared launch', tier: 'Major', launchDate: '2026-12-08' });
    await dialog.submit();
    await b.expectItemOn('2026-12-08', 'Shared launch');

    await a.dragItem('2026-12-08', 'Shared launch', '2026-12-10');
    await b.expectItemOn('2026-12-10', 'Shared launch');
    await expect.poll(() => b.item('2026-12-08', 'Shared launch').count()).toBe(0);
  });
});

describe('hostile input: two windows and Undo', () => {
  it("A's Ctrl+Z after B edited the same announcement says it can't undo and keeps B's edit", async () => {
    await switchTo(b);
    const panel = await b.openItem('2026-12-10', 'Shared launch');
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = b.page.getByRole('dialog', { name: 'Edit announcement' });
    await edit.getByLabel('Title').fill('Renamed in B');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await a.expectItemOn('2026-12-10', 'Renamed in B');
    const before = await readPlanSnapshot(app.page);

    await switchTo(a);
    await a.page.keyboard.press('Control+z');

    await a.page
      .getByRole('status')
      .getByText("Can't undo “Move launch”: it was changed since (in another window).")
      .waitFor();
    await screenshot(a.page, 'undo-changed-in-other-window');
    await expectPlanUnchanged(app.page, before);
    await b.expectItemOn('2026-12-10', 'Renamed in B');
    expect((await announcement('Renamed in B'))?.launchDate).toBe('2026-12-10');
    // Still usable: a new announcement dialog opens in A.
    const dialog = await a.newAnnouncement();
    await dialog.cancel();
  });

  it('holding Ctrl+Z undoes exactly as many steps as presses, none lost or doubled', async () => {
    await switchTo(a);
    const dialog = await a.newAnnouncement();
    await dialog.fill({ title: 'Held keys', tier: 'Major', launchDate: '2026-12-22' });
    await dialog.submit();
    const panel = await a.openItem('2026-12-22', 'Held keys');
    const id = (await announcement('Held keys'))!.id;
    const doneCount = async () =>
      (await readStore<ChecklistItem>(app.page, 'checklistItems')).filter(
        (item) => item.parentId === id && item.done,
      ).length;
    const afterCreate = await readPlanSnapshot(app.page);
    for (let tick = 0; tick < 4; tick += 1) {
      await panel.getByRole('checkbox').nth(tick).check();
      await expect.poll(doneCount).toBe(tick + 1);
    }

    await switchTo(a);
    await a.page.keyboard.down('Control');
    // Key repeat: four keydowns back to back, none waiting for the app to finish the last undo.
    await Promise.all([0, 1, 2, 3].map(() => a.page.keyboard.down('z')));
    await a.page.keyboard.up('z');
    await a.page.keyboard.up('Control');

    await expect.poll(() => readPlanSnapshot(app.page), { timeout: 10_000 }).toEqual(afterCreate);
    // The create is still the next step: one more press removes it, and only it.
    await expect.poll(() => a.toolbarButton('Undo').isEnabled()).toBe(true);
    await a.page.keyboard.press('Control+z');
    await expect.poll(async () => (await announcement('Held keys')) === undefined).toBe(true);
    expect(await announcement('Renamed in B')).toBeDefined();
    await b.expectItemOn('2026-12-10', 'Renamed in B');
    expect(await b.item('2026-12-22', 'Held keys').count()).toBe(0);
  });
});
