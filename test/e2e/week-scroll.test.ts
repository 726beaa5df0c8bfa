import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { TimeGrid } from './pages/time-grid';

const LATE = 'Late-night database upgrade';
const EARLY = 'Early cache flush';

describe('week and day views open on the earliest item of the days they show', () => {
  let app: AppSession;
  let grid: TimeGrid;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    grid = new TimeGrid(app.page);
    const calendar = new CalendarPage(app.page);
    for (const [title, start, end] of [
      [LATE, '2026-12-10T22:00', '2026-12-10T23:30'],
      [EARLY, '2026-12-16T06:00', '2026-12-16T07:00'],
    ] as const) {
      const dialog = await calendar.newMaintenanceWindow();
      await dialog.fill({ title, services: 'EU Cloud', start, end });
      await dialog.submit();
      await dialog.root.waitFor({ state: 'hidden' });
    }
    await app.page.keyboard.press('Escape');
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the 22:00 window when its week opens', async () => {
    await grid.show('Week');
    // The week view loads on first use (issue 13): its first frame may still be at midnight.
    await expect.poll(() => grid.firstHourShown()).toBe('08:00');
    await grid.pageTo('j', '2026-12-10', '2026-12-02');
    await expect.poll(() => grid.onScreen(LATE)).toBe(true);
    // Scrolled as far as the grid goes towards 21:00: the evening is what shows.
    expect(await grid.firstHourShown()).not.toBe('08:00');
    await screenshot(app.page, 'week-scrolled-to-22h');
  });

  it('shows the 06:00 window in the next week, and 08:00 in an empty one', async () => {
    await grid.pageTo('j', '2026-12-16', '2026-12-10');
    await expect.poll(() => grid.firstHourShown()).toBe('05:00');
    expect(await grid.onScreen(EARLY)).toBe(true);
    await grid.pageTo('j', '2026-12-23', '2026-12-16');
    await expect.poll(() => grid.firstHourShown()).toBe('08:00');
  });

  it('does the same in day view', async () => {
    await grid.pageTo('k', '2026-12-16', '2026-12-23');
    await grid.show('Day');
    // Day view opens on the first day of that week: Monday 14 December, which is empty.
    await expect.poll(() => grid.firstHourShown()).toBe('08:00');
    await grid.pageTo('j', '2026-12-15', '2026-12-14');
    await grid.pageTo('j', '2026-12-16', '2026-12-15');
    await expect.poll(() => grid.onScreen(EARLY)).toBe(true);
    expect(await grid.firstHourShown()).toBe('05:00');
  });
});
