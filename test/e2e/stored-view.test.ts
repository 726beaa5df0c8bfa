import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { FilterBar } from './pages/filter-bar';
import { holdChunk } from './pages/held-chunks';
import { TimeGrid } from './pages/time-grid';

/*
 * What the window keeps on this computer between starts (localStorage: the view, the first day
 * shown, the filters) is read before the first paint, by the stores' own small reader since issue
 * 13 dropped zustand's persist middleware from the start-up bundle. Whatever is found there must
 * never break or empty the calendar, and a stored filter must hide what it hides from the start.
 */

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the app, stores `text` under `key` the way an earlier run (or a hand edit) left it, reloads. */
async function reopenWithStored(key: string, text: string): Promise<CalendarPage> {
  app = await openApp();
  const calendar = new CalendarPage(app.page);
  await app.page.evaluate(([name, value]) => localStorage.setItem(name!, value!), [key, text]);
  await calendar.reload();
  return calendar;
}

/** The month of the fixed today (2 December 2026) is showing: its first and last weeks' days. */
async function expectTodaysMonth(calendar: CalendarPage): Promise<void> {
  await calendar.day('2026-12-02').waitFor();
  await calendar.day('2026-12-31').waitFor();
  await calendar.page.getByRole('tab', { name: 'Month', selected: true }).waitFor();
}

describe('the view and the first day shown, kept between starts', () => {
  it('comes back in the week view on the week the planner left', async () => {
    app = await openApp();
    const calendar = new CalendarPage(app.page);
    const grid = new TimeGrid(app.page);
    await grid.show('Week');
    await grid.pageTo('j', '2026-12-10', '2026-12-02');
    await calendar.reload();
    await app.page.getByRole('tab', { name: 'Week', selected: true }).waitFor();
    await app.page.locator('[data-date="2026-12-10"]').first().waitFor();
    expect(await app.page.locator('[data-date="2026-12-02"]').count()).toBe(0);
    const stored = JSON.parse(
      (await app.page.evaluate(() => localStorage.getItem('tierline-ui'))) ?? '{}',
    ) as {
      state: { view: string; visibleStart: string };
      version: number;
    };
    // The same shape zustand's persist wrote, so what earlier versions stored still reads back.
    expect(stored.version).toBe(0);
    expect(stored.state.view).toBe('timeGridWeek');
    // The week's first day: Sunday or Monday, by the plan's week start.
    expect(['2026-12-06', '2026-12-07']).toContain(stored.state.visibleStart);
  });

  it('hostile input: a stored view FullCalendar does not have opens the month view', async () => {
    const stored = { state: { view: 'constructor', visibleStart: '2026-12-01' }, version: 0 };
    const calendar = await reopenWithStored('tierline-ui', JSON.stringify(stored));
    await expectTodaysMonth(calendar);
    expect(await calendar.page.getByText('ran into a problem').count()).toBe(0);
  });

  it.each([
    ['a day outside the plannable range', '9999-01-01'],
    ['markup instead of a day', '<img src=x onerror="document.title=1">'],
    ['a number', 20261201],
  ])('hostile input: %s as the first day shown opens on today’s month', async (_case, visibleStart) => {
    const stored = { state: { view: 'dayGridMonth', visibleStart }, version: 0 };
    const calendar = await reopenWithStored('tierline-ui', JSON.stringify(stored));
    await expectTodaysMonth(calendar);
    expect(await calendar.page.title()).not.toBe('1');
  });

  it.each([
    ['not JSON', '{"state":{"view":'],
    ['a later version’s shape', JSON.stringify({ state: { view: 'timeGridWeek' }, version: 7 })],
    ['null', 'null'],
  ])('hostile input: stored UI state that is %s is ignored', async (_case, text) => {
    const calendar = await reopenWithStored('tierline-ui', text);
    await expectTodaysMonth(calendar);
  });
});

describe('a filter kept from the last run', () => {
  it('hides what it hides from the first paint, waiting for its rules if they are still loading', async () => {
    app = await openApp();
    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Filtered launch', tier: 'Minor', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', 'Filtered launch');
    await new FilterBar(app.page).choose('Kind', 'Maintenance');
    await expect.poll(() => calendar.item('2026-12-09', 'Filtered launch').count()).toBe(0);

    // Start again with the filter's rules held back: the calendar waits rather than showing the launch.
    const { page } = app;
    const seen: string[] = [];
    await page.exposeFunction('tierlineSawLaunch', (where: string) => seen.push(where));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.body?.textContent?.includes('Filtered launch'))
          (window as unknown as { tierlineSawLaunch: (where: string) => void }).tierlineSawLaunch('body');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const rules = await holdChunk(page, 'calendar-filter-rules');
    await page.reload();
    await rules.requested;
    await page.getByRole('button', { name: 'New announcement' }).waitFor();
    expect(await calendar.day('2026-12-09').count()).toBe(0);
    rules.release();
    await calendar.day('2026-12-09').waitFor();
    expect(await calendar.item('2026-12-09', 'Filtered launch').count()).toBe(0);
    expect(await new FilterBar(page).chips()).toEqual(['Kind: Maintenance']);
    await screenshot(page, 'stored-filter-first-paint');
    expect(seen).toEqual([]);
  });
});
