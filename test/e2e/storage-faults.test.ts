import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { DISK_FULL_MESSAGE as FULL, setDiskFull, simulateFullDisk } from './pages/disk-full';
import { readPlanSnapshot } from './pages/plan-snapshot';

describe('hostile input: the disk is full', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    await app.page.addInitScript(simulateFullDisk);
    calendar = new CalendarPage(app.page);
    await calendar.reload();
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Planned before the disk filled', tier: 'Medium', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', 'Planned before the disk filled');
    await app.page
      .getByRole('complementary', { name: 'Close details' })
      .or(app.page.getByRole('button', { name: 'Close details' }))
      .first()
      .click();
  });
  afterAll(async () => {
    await app.close();
  });

  const diskFull = (full: boolean) => setDiskFull(app.page, full);

  it('a new announcement is refused with a plain sentence, and nothing is stored', async () => {
    const before = await readPlanSnapshot(app.page);
    await diskFull(true);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'No room for this', tier: 'Minor', launchDate: '2026-12-11' });
    await dialog.submit();
    await dialog.expectMessage(FULL);
    await screenshot(app.page, 'disk-full-new-announcement');
    await diskFull(false);
    expect(await readPlanSnapshot(app.page)).toEqual(before);
    await dialog.cancel();
    await app.page
      .getByRole('button', { name: 'Discard' })
      .click({ timeout: 2000 })
      .catch(() => undefined);
  });

  it('a drag is refused: the launch goes back to its day and the plan is unchanged', async () => {
    const before = await readPlanSnapshot(app.page);
    await diskFull(true);
    await calendar.dragItem('2026-12-09', 'Planned before the disk filled', '2026-12-16');
    await app.page.getByRole('status').getByText(FULL, { exact: false }).waitFor();
    await diskFull(false);
    await calendar.expectItemOn('2026-12-09', 'Planned before the disk filled');
    expect(await calendar.item('2026-12-16', 'Planned before the disk filled').count()).toBe(0);
    expect(await readPlanSnapshot(app.page)).toEqual(before);
  });

  it('ticking an item off is refused and the box stays clear', async () => {
    const panel = await calendar.openItem('2026-12-09', 'Planned before the disk filled');
    // The drag's refusal says the same sentence for 6 s: wait it out, or the wait below would see
    // that one and let the disk free up before this click's write is even tried.
    await app.page.getByRole('status').getByText(FULL, { exact: false }).waitFor({ state: 'hidden' });
    const before = await readPlanSnapshot(app.page);
    await diskFull(true);
    const box = panel.getByRole('checkbox').first();
    await box.click();
    await app.page.getByRole('status').getByText(FULL, { exact: false }).waitFor();
    await diskFull(false);
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await readPlanSnapshot(app.page)).toEqual(before);
  });

  it('works again as soon as there is room', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Room again', tier: 'Minor', launchDate: '2026-12-17' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-17', 'Room again');
  });
});
