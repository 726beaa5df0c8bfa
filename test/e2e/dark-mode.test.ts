import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { busyMonth } from './fixtures/busy-month';
import { expectNoAxeViolations } from './pages/accessibility';
import { AppearancePage } from './pages/appearance';
import { CalendarPage } from './pages/calendar-page';
import { MonthView } from './pages/month-view';
import { WorkPage } from './pages/work-page';
import { chooseToolbarAction } from './pages/toolbar';

const DAY = '2026-12-09';

describe('dark mode follows the system, or Settings → Appearance', () => {
  let app: AppSession;
  let appearance: AppearancePage;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    appearance = new AppearancePage(app.page);
    await new MonthView(app.page).seed(busyMonth());
  });
  afterAll(async () => {
    await app.close();
  });

  it('goes dark when the system does, on System (the default)', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await appearance.calendarIsDark(DAY)).toBe(false);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => appearance.calendarIsDark(DAY)).toBe(true);
    await screenshot(app.page, 'month-busy-1280x800-dark');
  });

  it('keeps the chosen theme whatever the system says, and after a reload', async () => {
    await appearance.choose('Light');
    expect(await appearance.calendarIsDark(DAY)).toBe(false);
    await app.page.emulateMedia({ colorScheme: 'light' });
    await appearance.choose('Dark');
    expect(await appearance.calendarIsDark(DAY)).toBe(true);
    await new CalendarPage(app.page).reload();
    expect(await appearance.calendarIsDark(DAY)).toBe(true);
  });

  it('passes axe in dark on month, week, day, list, Work and the side panel', async () => {
    const { page } = app;
    for (const view of ['Month', 'Week', 'Day', 'List']) {
      await page.getByRole('tab', { name: view }).click();
      await page.getByRole('tab', { name: view, selected: true }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `dark-${view.toLowerCase()}`);
    }
    await page.getByRole('tab', { name: 'Month' }).click();
    await page.getByRole('button', { name: 'Work', exact: true }).click();
    await page.getByRole('region', { name: 'Filters' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'dark-work');
    await new WorkPage(page).showCalendar('Month');
    const calendar = new CalendarPage(page);
    const panel = await calendar.openItem('2026-12-01', 'Session replay for mobile apps');
    await expectNoAxeViolations(page);
    await screenshot(page, 'dark-side-panel');
    await panel.getByRole('button', { name: 'Close details' }).click();
  });

  it('passes axe in dark on every toolbar dialog', async () => {
    const { page } = app;
    const dialogs = [
      ['New announcement', 'New announcement'],
      ['New maintenance window', 'New maintenance window'],
      ['Export', 'Export'],
      ['Import', 'Import'],
      ['Templates', 'Templates'],
      ['Settings', 'Settings'],
    ] as const;
    for (const [button, title] of dialogs) {
      await chooseToolbarAction(page, button);
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'dialog[open]');
      await screenshot(page, `dark-dialog-${button.toLowerCase().replace(/ /g, '-')}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  it('fits and reads at 1024×700 in both themes (screenshots)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'month-busy-1024x700-dark');
    await appearance.choose('Light');
    await screenshot(page, 'month-busy-1024x700-light');
    expect(await appearance.calendarIsDark(DAY)).toBe(false);
  });
});
