import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { calendarItem, dragBetween, steadyBox, timeGridPoint } from './calendar-helpers';
import { TimeGrid } from './pages/time-grid';
import { readStore } from './idb';

describe('planning a maintenance window in week view', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await new TimeGrid(app.page).choose('Week');
  });
  afterAll(async () => {
    await app.close();
  });

  it('selecting a time range opens the new-maintenance dialog with that range', async () => {
    const { page } = app;
    await dragBetween(
      page,
      await timeGridPoint(page, '2026-12-03', '10:00'),
      await timeGridPoint(page, '2026-12-03', '11:30', 'bottom'),
    );
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Start').inputValue()).toBe('2026-12-03T10:00');
    expect(await dialog.getByLabel('End').inputValue()).toBe('2026-12-03T12:00');
    await dialog.getByLabel('Title').fill('EU Cloud database upgrade');
    await dialog.getByLabel('Affected services').fill('EU Cloud, ingestion');
    await dialog.getByRole('button', { name: 'Create window' }).click();
    await page.getByText('EU Cloud database upgrade').first().waitFor();
    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    // Europe/London is on GMT in December, so wall time and UTC agree.
    expect(window).toMatchObject({
      start: '2026-12-03T10:00:00.000Z',
      end: '2026-12-03T12:00:00.000Z',
      services: ['EU Cloud', 'ingestion'],
    });
  });

  it('resizing the window changes its end, and the change survives a reload', async () => {
    const { page } = app;
    const box = await steadyBox(calendarItem(page, 'EU Cloud database upgrade'));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const target = await timeGridPoint(page, '2026-12-03', '13:30', 'bottom');
    await dragBetween(
      page,
      { x: box.x + box.width / 2, y: box.y + box.height - 3 },
      { x: target.x, y: target.y },
    );
    await expect
      .poll(async () => (await readStore<MaintenanceWindow>(page, 'maintenanceWindows'))[0]?.end)
      .toBe('2026-12-03T14:00:00.000Z');
    await page.reload();
    await page.getByText('EU Cloud database upgrade').first().waitFor();
    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    expect(window?.start).toBe('2026-12-03T10:00:00.000Z');
    expect(window?.end).toBe('2026-12-03T14:00:00.000Z');
    await screenshot(page, 'week-maintenance-resized');
  });

  it('dragging the window to another day keeps its length', async () => {
    const { page } = app;
    const box = await steadyBox(calendarItem(page, 'EU Cloud database upgrade'));
    const from = { x: box.x + box.width / 2, y: box.y + 12 };
    const column = await page.locator('[role="columnheader"][data-date="2026-12-05"]').boundingBox();
    if (!column) throw new Error('Saturday is not on screen.');
    await dragBetween(page, from, { x: column.x + column.width / 2, y: from.y });
    await expect
      .poll(async () => (await readStore<MaintenanceWindow>(page, 'maintenanceWindows'))[0]?.start)
      .toBe('2026-12-05T10:00:00.000Z');
    const [window] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    expect(window?.end).toBe('2026-12-05T14:00:00.000Z');
  });
});
