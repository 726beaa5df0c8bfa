import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../shared/calendar-day';
import type { ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { dragTo } from './calendar-helpers';
import { readStore } from './idb';
import { CalendarPage } from './pages/calendar-page';
import { DISK_FULL_MESSAGE, setDiskFull, simulateFullDisk } from './pages/disk-full';

// Issue 13: after a write the calendar gets only the changed events, patched in place of a whole
// new array. These stories check that what the planner sees still follows every change at once.
const TITLE = 'Funnel insights';
const LAUNCH = '2026-12-16';
const MOVED = '2026-12-23';

describe('checklist markers follow their launch on the calendar, without a reload', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let marker: ChecklistItem;

  // The launch's own chip: its title exactly, not the markers that name it.
  const launchOn = (day: string) => calendar.day(day).getByText(TITLE, { exact: true });
  const markerOn = (day: string) =>
    calendar.day(day).getByText(`${marker.title} · ${TITLE}`, { exact: false });

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    await calendar.toolbarButton('Settings').click();
    const settings = app.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Show checklist items on the calendar').check();
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'hidden' });
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: TITLE, tier: 'Major', launchDate: LAUNCH });
    await dialog.submit();
    await launchOn(LAUNCH).waitFor();
    // An item due before launch, in this month, that a move of the launch takes with it.
    const items = await readStore<ChecklistItem>(app.page, 'checklistItems');
    // Alone on its day, so no "+N more" hides it before or after the move.
    const alone = (item: ChecklistItem) =>
      items.filter((other) => other.dueDate === item.dueDate).length === 1;
    const candidate = items.find(
      (item) =>
        !item.done &&
        !item.dueOverridden &&
        item.dueDate < LAUNCH &&
        item.dueDate >= '2026-12-03' &&
        alone(item),
    );
    if (!candidate) throw new Error('the Major checklist has no item due alone before launch this month');
    marker = candidate;
    await calendar.day(marker.dueDate).getByText(marker.title, { exact: false }).first().waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  it('a dragged launch takes its markers along on screen, and the old days are left empty', async () => {
    const shift = 7;
    await dragTo(app.page, launchOn(LAUNCH), calendar.day(MOVED));
    await launchOn(MOVED).waitFor();
    await markerOn(addCalendarDays(marker.dueDate, shift)).first().waitFor();
    expect(await markerOn(marker.dueDate).count()).toBe(0);
    expect(await launchOn(LAUNCH).count()).toBe(0);
    await screenshot(app.page, 'drag-markers-moved');
  });

  it('Undo puts the launch and every marker back where they were', async () => {
    await app.page.keyboard.press('Control+z');
    await launchOn(LAUNCH).waitFor();
    await markerOn(marker.dueDate).first().waitFor();
    await expect.poll(() => markerOn(addCalendarDays(marker.dueDate, 7)).count()).toBe(0);
    expect(await launchOn(MOVED).count()).toBe(0);
  });

  it('what the calendar shows after the patches is what a reload shows', async () => {
    const shownBefore = await calendar.day(marker.dueDate).innerText();
    await calendar.reload();
    await launchOn(LAUNCH).waitFor();
    expect(await calendar.day(marker.dueDate).innerText()).toBe(shownBefore);
  });

  it('the markers land on their new days with the launch itself, before its write is back', async () => {
    const shifted = addCalendarDays(marker.dueDate, 7);
    // Read in the page when the drop's write first asks the database for the checklist: the
    // calendar has drawn the drop by then (it calls the drop handler after drawing it), and no
    // answer of the database has come back yet. The database keeps the method it opened with, so
    // the probe goes in before the page's scripts and the page is loaded again.
    await app.page.addInitScript(
      ([title, from, to]) => {
        const cellText = (day: string) =>
          document.querySelector(`[role="cell"][data-date="${day}"]`)?.textContent ?? '';
        const probe = window as unknown as { armed?: boolean; atDrop?: { from: boolean; to: boolean } };
        // eslint-disable-next-line @typescript-eslint/unbound-method
        const transaction = IDBDatabase.prototype.transaction;
        IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: unknown[]) {
          const stores = [args[0]].flat();
          if (probe.armed && !probe.atDrop && stores.includes('checklistItems'))
            probe.atDrop = { from: cellText(from).includes(title), to: cellText(to).includes(title) };
          return (transaction as (...a: unknown[]) => IDBTransaction).apply(this, args);
        } as typeof transaction;
      },
      [marker.title, marker.dueDate, shifted] as const,
    );
    await calendar.reload();
    await launchOn(LAUNCH).waitFor();
    await markerOn(marker.dueDate).first().waitFor();
    await app.page.evaluate(() => ((window as unknown as { armed?: boolean }).armed = true));
    await dragTo(app.page, launchOn(LAUNCH), calendar.day(MOVED));
    await launchOn(MOVED).waitFor();
    const atDrop = await app.page.evaluate(
      () => (window as unknown as { atDrop?: { from: boolean; to: boolean } }).atDrop,
    );
    expect(atDrop).toEqual({ from: false, to: true });
    await expect
      .poll(
        async () =>
          (await readStore<ChecklistItem>(app.page, 'checklistItems')).find((item) => item.id === marker.id)
            ?.dueDate,
      )
      .toBe(shifted);
    await app.page.keyboard.press('Control+z');
    await launchOn(LAUNCH).waitFor();
    await markerOn(marker.dueDate).first().waitFor();
  });

  it('a launch dragged over another day and let go outside the calendar stays, with its markers', async () => {
    const source = await launchOn(LAUNCH).boundingBox();
    const over = await calendar.day(MOVED).boundingBox();
    const outside = await calendar.toolbarButton('New announcement').boundingBox();
    if (!source || !over || !outside) throw new Error('the launch, the day or the toolbar is not on screen');
    const { mouse } = app.page;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 3 });
    await mouse.move(over.x + over.width / 2, over.y + over.height / 2, { steps: 12 });
    await mouse.move(outside.x + outside.width / 2, outside.y + outside.height / 2, { steps: 12 });
    await mouse.up();
    // The calendar slides its copy back before it calls the drag over.
    await app.page.waitForTimeout(1000);
    expect(await launchOn(LAUNCH).count()).toBe(1);
    expect(await markerOn(marker.dueDate).count()).toBe(1);
    expect(await markerOn(addCalendarDays(marker.dueDate, 7)).count()).toBe(0);
    const items = await readStore<ChecklistItem>(app.page, 'checklistItems');
    expect(items.find((item) => item.id === marker.id)?.dueDate).toBe(marker.dueDate);
    await screenshot(app.page, 'drag-markers-let-go-outside');
  });

  it('a drop the disk refuses puts the launch and its markers back on their days', async () => {
    await app.page.addInitScript(simulateFullDisk);
    await calendar.reload();
    await launchOn(LAUNCH).waitFor();
    await setDiskFull(app.page, true);
    // The markers move with the launch as it lands, before the write is tried: they must come back too.
    await dragTo(app.page, launchOn(LAUNCH), calendar.day(MOVED));
    await app.page.getByRole('status').getByText(DISK_FULL_MESSAGE, { exact: false }).waitFor();
    await setDiskFull(app.page, false);
    await launchOn(LAUNCH).waitFor();
    await markerOn(marker.dueDate).first().waitFor();
    await expect.poll(() => markerOn(addCalendarDays(marker.dueDate, 7)).count()).toBe(0);
    expect(await launchOn(MOVED).count()).toBe(0);
    await screenshot(app.page, 'drag-markers-refused');
  });
});
