import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { AppearancePage } from './pages/appearance';
import { CalendarPage } from './pages/calendar-page';
import { readPlanSnapshot } from './pages/plan-snapshot';
import { WelcomePanel } from './pages/welcome';

// The month grid of the fixed clock (2026-12-02), weeks starting on Monday.
const GRID_FIRST = '2026-11-30';
const GRID_LAST = '2027-01-10';
const OWN_TITLE = 'Our own launch: billing alerts';

async function storedRows(app: AppSession) {
  const snapshot = await readPlanSnapshot(app.page);
  return {
    announcements: (snapshot.announcements ?? []) as Announcement[],
    windows: (snapshot.maintenanceWindows ?? []) as MaintenanceWindow[],
    items: snapshot.checklistItems ?? [],
    people: snapshot.people ?? [],
  };
}

/** The calendar items on screen, each counted once (FullCalendar repeats a multi-day item per row). */
async function itemsOnScreen(app: AppSession): Promise<number> {
  return app.page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('[data-event-id]')].map((node) => node.getAttribute('data-event-id')),
      ).size,
  );
}

describe('first run: welcome, a sample plan, and removing it', () => {
  let app: AppSession;
  let welcome: WelcomePanel;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    welcome = new WelcomePanel(app.page);
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('greets an empty plan with what a tier is and two ways to start, passing axe light and dark', async () => {
    const { page } = app;
    await welcome.root.waitFor();
    expect(await welcome.root.innerText()).toMatch(/tier/i);
    await expectNoAxeViolations(page, '.welcome');
    await screenshot(page, 'welcome-1280x800-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => new AppearancePage(page).calendarIsDark('2026-12-09')).toBe(true);
    await expectNoAxeViolations(page, '.welcome');
    await screenshot(page, 'welcome-1280x800-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // Create your first launch opens the form on today, and leaving it changes nothing.
    const dialog = await welcome.createFirstLaunch();
    expect(await dialog.root.getByLabel('Launch date').inputValue()).toBe('2026-12-02');
    await dialog.cancel();
    await dialog.root.waitFor({ state: 'hidden' });
    expect((await storedRows(app)).announcements).toEqual([]);
  });

  it('loads the sample quarter in one step: the calendar shows each item of the month', async () => {
    await welcome.loadSamplePlan();
    await welcome.root.waitFor({ state: 'hidden' });
    const { announcements, windows, items } = await storedRows(app);
    expect(announcements.length).toBeGreaterThanOrEqual(10);
    expect(windows.map((window) => window.disruption).sort()).toEqual(['degraded', 'downtime', 'none']);
    expect(items.length).toBeGreaterThan(announcements.length * 3);
    const inMonth = announcements.filter(
      (row) => row.launchDate >= GRID_FIRST && row.launchDate <= GRID_LAST,
    );
    const windowsInMonth = windows.filter(
      (row) => row.start.slice(0, 10) >= GRID_FIRST && row.start.slice(0, 10) <= GRID_LAST,
    );
    for (const launch of inMonth) await calendar.expectItemOn(launch.launchDate, launch.title);
    await expect.poll(() => itemsOnScreen(app)).toBe(inMonth.length + windowsInMonth.length);
    // One undo step: Undo on the toast would take the whole sample back.
    await app.page.getByRole('status').getByRole('button', { name: 'Undo' }).waitFor();
  });

  it('keeps the sample after a reload', async () => {
    const before = await storedRows(app);
    await calendar.reload();
    await welcome.sampleLine.waitFor();
    expect(await storedRows(app)).toEqual(before);
    await calendar.expectItemOn(before.announcements[4]!.launchDate, before.announcements[4]!.title);
  });

  it('removes exactly the sample in one click, keeping the launch the planner added meanwhile', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: OWN_TITLE, tier: 'Medium', launchDate: '2026-12-17' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-17', OWN_TITLE);
    const withOwn = await storedRows(app);
    const own = withOwn.announcements.find((row) => row.title === OWN_TITLE)!;
    const ownItems = withOwn.items.filter((item) => (item as { parentId: string }).parentId === own.id);
    expect(ownItems.length).toBeGreaterThan(0);

    await welcome.removeSamplePlan();
    await expect.poll(async () => (await storedRows(app)).announcements).toEqual([own]);
    const after = await storedRows(app);
    expect(after.windows).toEqual([]);
    expect(after.items).toEqual(ownItems);
    expect(after.people).toEqual([]);
    await calendar.expectItemOn('2026-12-17', OWN_TITLE);
    // The plan is not empty, so no welcome comes back.
    expect(await welcome.root.isVisible()).toBe(false);
  });

  it('puts the sample back with Undo, and removes it again', async () => {
    const { page } = app;
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await welcome.sampleLine.waitFor();
    expect((await storedRows(app)).announcements.length).toBeGreaterThan(10);
    await welcome.removeSamplePlan();
    await expect
      .poll(async () => (await storedRows(app)).announcements.map((row) => row.title))
      .toEqual([OWN_TITLE]);
  });
});

describe('the README pictures: the sample plan at 1280×800, light and dark', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the sample month in both themes', async () => {
    const { page } = app;
    const welcome = new WelcomePanel(page);
    await welcome.loadSamplePlan();
    await new CalendarPage(page).expectItemOn('2026-12-17', 'Session replay for mobile apps');
    // The README shows the calendar itself, so wait for the "Loaded …" toast to go.
    await page
      .getByRole('status')
      .getByText(/Loaded the sample plan/)
      .waitFor({ state: 'hidden', timeout: 15_000 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => new AppearancePage(page).calendarIsDark('2026-12-09')).toBe(theme === 'dark');
      await expectNoAxeViolations(page);
      // Copied to docs/sample-plan-<theme>.png for the README when the look changes.
      await screenshot(page, `readme-sample-${theme}`);
    }
  });
});
