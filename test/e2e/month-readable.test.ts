import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import {
  busyMonth,
  BUSY_MONTH_LAUNCHES,
  BUSY_MONTH_WINDOWS,
  personName,
  type BusyMonth,
} from './fixtures/busy-month';
import { expectNoAxeViolations } from './pages/accessibility';
import { FilterBar } from './pages/filter-bar';
import { MonthView } from './pages/month-view';
import { chooseToolbarAction } from './pages/toolbar';

function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

describe('a busy month reads: titles first, a card on hover, a legend that filters', () => {
  let app: AppSession;
  let month: MonthView;
  let plan: BusyMonth;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    month = new MonthView(app.page);
    plan = busyMonth();
    await month.seed(plan);
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the first 12 characters of every one of the 45 titles at 1280×800', async () => {
    expect(plan.announcements.length + plan.maintenanceWindows.length).toBe(
      BUSY_MONTH_LAUNCHES + BUSY_MONTH_WINDOWS,
    );
    const unreadable: string[] = [];
    const entries = [
      ...plan.announcements.map((launch) => ({ day: launch.launchDate, title: launch.title })),
      ...plan.maintenanceWindows.map((window) => ({ day: dayOf(window.start), title: window.title })),
    ];
    for (const { day, title } of entries) {
      const reading = await month.read(day, title);
      // A timed chip leads with its time ("10:00 Session replay…"), then the title.
      const shown = reading.text.replace(/^\d\d:\d\d(–\d\d:\d\d)? /, '');
      if (!shown.startsWith(title.slice(0, 12)) || !reading.titleVisible)
        unreadable.push(`${day} ${title}: “${reading.text}”`);
    }
    expect(unreadable).toEqual([]);
    await screenshot(app.page, 'month-busy-1280x800-light');
  });

  it('leads a timed launch with its time', async () => {
    const timed = plan.announcements.find((launch) => launch.launchTime === '10:00');
    if (!timed) throw new Error('the busy month has a 10:00 launch');
    const reading = await month.read(timed.launchDate, timed.title);
    expect(reading.text.startsWith(`10:00 ${timed.title.slice(0, 12)}`)).toBe(true);
  });

  it('shows the full title, tier, owner and progress in a card on hover', async () => {
    const launch = plan.announcements[0];
    if (!launch) throw new Error('the busy month has launches');
    const card = await month.hover(launch.launchDate, launch.title);
    const text = await card.innerText();
    expect(text).toContain(launch.title);
    expect(text).toContain('Major');
    expect(text).toContain(personName(plan, launch.productOwnerId));
    expect(text).toMatch(/Progress\s+\d of 3 done/);
    await screenshot(app.page, 'month-hover-card');
    await app.page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
  });

  it('hides and shows a tier and a window kind from the legend, through the one filter bar', async () => {
    const filters = new FilterBar(app.page);
    const major = plan.announcements.find((launch) => launch.tierKey === 'major');
    const degraded = plan.maintenanceWindows.find((window) => window.disruption === 'degraded');
    const downtime = plan.maintenanceWindows.find((window) => window.disruption === 'downtime');
    if (!major || !degraded || !downtime) throw new Error('the busy month has every kind');
    await month.toggle('Major').click();
    expect(await month.toggle('Major').getAttribute('aria-pressed')).toBe('false');
    await month.chip(major.launchDate, major.title).waitFor({ state: 'detached' });
    expect(await filters.chips()).toEqual(['Hidden: Major']);
    await month.toggle('Degraded').click();
    await month.chip(dayOf(degraded.start), degraded.title).waitFor({ state: 'detached' });
    // The other window kinds stay.
    expect(await month.chip(dayOf(downtime.start), downtime.title).isVisible()).toBe(true);
    await expectNoAxeViolations(app.page, '[aria-label="Filters"]');
    await screenshot(app.page, 'month-legend-hidden');
    await month.toggle('Major').click();
    await month.chip(major.launchDate, major.title).waitFor();
    await filters.removeChip('Hidden: Degraded windows');
    await month.chip(dayOf(degraded.start), degraded.title).waitFor();
    expect(await month.toggle('Degraded').getAttribute('aria-pressed')).toBe('true');
    expect(await filters.chips()).toEqual([]);
  });

  it('carries launch and owner on checklist chips, and opens "+N more" as a readable day list', async () => {
    const { page } = app;
    await chooseToolbarAction(page, 'Settings');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const markers = settings.getByLabel('Show checklist items on the calendar');
    if (!(await markers.isChecked())) await markers.check();
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'hidden' });
    const launch = plan.announcements[4];
    const item = plan.checklistItems.find(
      (candidate) => candidate.parentId === launch?.id && candidate.order === 2,
    );
    if (!launch || !item) throw new Error('the busy month has checklist items');
    const expected = `${item.title} · ${launch.title} · ${personName(plan, item.assigneeId)}`;
    const more = page.getByText(/^\+\d+ more$/).first();
    await more.waitFor();
    await screenshot(page, 'month-markers-1280x800');
    await more.click();
    // The day list: every item on its own row, titles whole.
    const rows = page.locator('[data-event-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(4);
    await screenshot(page, 'month-more-day-list');
    await page.getByRole('tab', { name: 'Month' }).click();
    await page.getByText(expected).first().waitFor();
  });

  it('passes axe on the month, week, day and list views of the busy plan', async () => {
    const { page } = app;
    for (const view of ['Month', 'Week', 'Day', 'List']) {
      await page.getByRole('tab', { name: view }).click();
      await page.getByRole('tab', { name: view, selected: true }).waitFor();
      await expectNoAxeViolations(page);
    }
    await page.getByRole('tab', { name: 'Month' }).click();
  });
});
