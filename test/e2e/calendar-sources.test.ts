import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Announcement } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { MonthView } from './pages/month-view';
import { readPlanSnapshot } from './pages/plan-snapshot';
import { WelcomePanel } from './pages/welcome';

/*
 * Issue 13: after a write the calendar gets only the changed events, patched into FullCalendar.
 * A first try was withdrawn when a calendar that read its events again (from an array older than
 * the patches) lost launches. These stories make the calendar read its events again in every way
 * a planner can (a view whose parts load on first use, a filter, paging away and back) after
 * several writes, and check that every launch the plan holds is on screen exactly once, on its day.
 */

const NEW_TITLE = 'Billing alerts for teams';

/** Every launch the database holds in `month` (`yyyy-MM`), as the calendar must show it. */
async function storedLaunches(page: Page, month: string): Promise<Announcement[]> {
  const snapshot = await readPlanSnapshot(page);
  return ((snapshot.announcements ?? []) as Announcement[]).filter((launch) =>
    launch.launchDate.startsWith(month),
  );
}

/** How often each title shows as a chip's title anywhere in the month grid, and on which days. */
async function chipsByTitle(page: Page): Promise<Map<string, string[]>> {
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('[role="cell"][data-date] [data-event-id]')].map((chip) => ({
      day: chip.closest('[data-date]')?.getAttribute('data-date') ?? '',
      title: chip.querySelector('.cal-item__title')?.textContent ?? '',
    })),
  );
  const byTitle = new Map<string, string[]>();
  for (const { day, title } of found) byTitle.set(title, [...(byTitle.get(title) ?? []), day]);
  return byTitle;
}

/** Each stored launch of the month (at least `least` of them) once, on its launch day; no chip twice. */
async function expectEveryLaunchOnce(page: Page, month: string, least = 4): Promise<void> {
  const launches = await storedLaunches(page, month);
  expect(launches.length).toBeGreaterThanOrEqual(least);
  const titles = new Set(launches.map((launch) => launch.title));
  // The chips render after the data: wait until every launch has one, then read them all.
  await page.waitForFunction(
    (wanted) => {
      const shown = new Set(
        [...document.querySelectorAll('[role="cell"][data-date] .cal-item__title')].map(
          (title) => title.textContent,
        ),
      );
      return wanted.every((title) => shown.has(title));
    },
    [...titles],
    { timeout: 10_000 },
  );
  const shown = await chipsByTitle(page);
  for (const launch of launches)
    expect([launch.title, shown.get(launch.title)]).toEqual([launch.title, [launch.launchDate]]);
  for (const [title, days] of shown) expect([title, new Set(days).size]).toEqual([title, days.length]);
}

describe('the month after writes and re-reads shows every launch once', () => {
  let app: AppSession;
  let page: Page;
  let calendar: CalendarPage;
  let month: MonthView;

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    calendar = new CalendarPage(page);
    month = new MonthView(page);
    await new WelcomePanel(page).loadSamplePlan();
    await calendar.expectItemOn('2026-12-17', 'Session replay for mobile apps');
  });
  afterAll(async () => {
    await app.close();
  });

  it('after drags and a new launch, patched in', async () => {
    await calendar.dragItem('2026-12-17', 'Session replay for mobile apps', '2026-12-18');
    await calendar.day('2026-12-18').getByText('Session replay for mobile apps', { exact: true }).waitFor();
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: NEW_TITLE, tier: 'Minor', launchDate: '2026-12-22' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-22', NEW_TITLE);
    await calendar.dragItem('2026-12-22', NEW_TITLE, '2026-12-23');
    await calendar.day('2026-12-23').getByText(NEW_TITLE, { exact: true }).waitFor();
    await expectEveryLaunchOnce(page, '2026-12');
  });

  it('after the week view loads its parts for the first time and the month comes back', async () => {
    await page.getByRole('tab', { name: 'Week' }).click();
    // The stand-in gives way to the real week view once its code has loaded.
    await page.getByRole('tab', { name: 'Week', selected: true }).waitFor();
    await page.getByText('Opening the view…').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Month' }).click();
    await page.getByRole('tab', { name: 'Month', selected: true }).waitFor();
    await expectEveryLaunchOnce(page, '2026-12');
  });

  it('after a legend filter hides a tier and shows it again', async () => {
    await month.toggle('Minor').click();
    await calendar.day('2026-12-23').getByText(NEW_TITLE, { exact: true }).waitFor({ state: 'detached' });
    await month.toggle('Minor').click();
    await expectEveryLaunchOnce(page, '2026-12');
  });

  it('after paging to the next month and back, then one more write', async () => {
    await page.getByRole('button', { name: /^next/i }).first().click();
    await page.getByRole('heading', { name: 'January 2027' }).waitFor();
    await expectEveryLaunchOnce(page, '2027-01', 2);
    await page.getByRole('button', { name: /^prev/i }).first().click();
    await page.getByRole('heading', { name: 'December 2026' }).waitFor();
    await expectEveryLaunchOnce(page, '2026-12');
    await calendar.dragItem('2026-12-23', NEW_TITLE, '2026-12-24');
    await calendar.day('2026-12-24').getByText(NEW_TITLE, { exact: true }).waitFor();
    await expectEveryLaunchOnce(page, '2026-12');
    await screenshot(page, 'calendar-sources-after-rereads');
    // The month's scroller keeps its tab stop through all of it (axe: scrollable-region-focusable).
    await expectNoAxeViolations(page, '.plan-views__calendar');
  });

  it('shows after a reload exactly what it showed before', async () => {
    const before = await chipsByTitle(page);
    await calendar.reload();
    await expectEveryLaunchOnce(page, '2026-12');
    expect(await chipsByTitle(page)).toEqual(before);
  });
});

describe('hostile input: a write while the calendar reads its events again', () => {
  it('keeps a launch moved while paging once, on its new day', async () => {
    const app = await openApp();
    const { page } = app;
    const calendar = new CalendarPage(page);
    await new WelcomePanel(page).loadSamplePlan();
    await calendar.expectItemOn('2026-12-17', 'Session replay for mobile apps');
    await calendar.dragItem('2026-12-17', 'Session replay for mobile apps', '2026-12-16');
    // Page away while the drop's write may still be on its way, and straight back.
    await page.getByRole('button', { name: /^next/i }).first().click();
    await page.getByRole('button', { name: /^prev/i }).first().click();
    await page.getByRole('heading', { name: 'December 2026' }).waitFor();
    await calendar.day('2026-12-16').getByText('Session replay for mobile apps', { exact: true }).waitFor();
    await expectEveryLaunchOnce(page, '2026-12');
    await app.close();
  });
});
