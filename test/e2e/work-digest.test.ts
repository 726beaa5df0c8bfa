import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem, Person } from '../../shared/types';
import { join } from 'node:path';
import { openApp, SCREENSHOT_DIR, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { FilterBar } from './pages/filter-bar';
import { clickNotification, recordNotifications, shownNotifications } from './pages/notification-recorder';
import { WorkPage } from './pages/work-page';

const LAUNCH = 'Feature flags';
const DUE_TODAY = 'Writing a short Twitter and/or LinkedIn post.';
const OVERDUE =
  'Drop a message in the #team-marketing Slack channel so that marketing can assist and prevent overlapping comms.';
const NOT_DANAS = 'Posting in the user Slack group.';

describe('Mine and the daily digest', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let work: WorkPage;
  let filters: FilterBar;

  beforeAll(async () => {
    app = await openApp({ prepare: (page) => recordNotifications(page, new URL(page.url()).origin) });
    calendar = new CalendarPage(app.page);
    work = new WorkPage(app.page);
    filters = new FilterBar(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  const settings = () => app.page.getByRole('dialog', { name: 'Settings' });

  it('gives Dana an item due today and an overdue one on a launch planned for today', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: LAUNCH, tier: 'Minor', launchDate: '2026-12-02' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-02', LAUNCH);
    await work.open();
    // Dana and Eli are new: each is created from the owner field after its “Create” confirmation.
    await work.assignNew(DUE_TODAY, LAUNCH, 'Dana');
    await work.assign(OVERDUE, LAUNCH, 'Dana');
    await work.assignNew(NOT_DANAS, LAUNCH, 'Eli');
    const dana = async () =>
      (await readStore<Person>(app.page, 'people')).find((person) => person.name === 'Dana')?.id;
    await expect.poll(dana).toBeDefined();
    const danaId = await dana();
    await expect
      .poll(
        async () =>
          (await readStore<ChecklistItem>(app.page, 'checklistItems')).filter(
            (item) => item.assigneeId === danaId,
          ).length,
      )
      .toBe(2);
    // Nothing is shown before the planner asks for reminders.
    expect(await shownNotifications(app.page)).toEqual([]);
  });

  it('Mine asks who I am first, then sets Owner = me in one click', async () => {
    await filters.mine.click();
    await app.page.getByRole('status').getByText('Choose who you are first: Settings → I am.').waitFor();
    expect(await filters.chips()).toEqual([]);
    await calendar.toolbarButton('Settings').click();
    await settings().getByLabel('I am').selectOption({ label: 'Dana' });
    await expectNoAxeViolations(app.page, 'fieldset.personal-settings');
    await settings().screenshot({ path: join(SCREENSHOT_DIR, 'settings-i-am-reminders.png') });
    await settings().getByRole('button', { name: 'Cancel' }).click();
    await filters.mine.click();
    expect(await filters.chips()).toEqual(['Owner: Dana']);
    expect(await filters.mine.getAttribute('aria-pressed')).toBe('true');
    expect((await work.shown()).map(([title]) => title).sort()).toEqual([DUE_TODAY, OVERDUE].sort());
    await filters.mine.click();
    expect(await filters.chips()).toEqual([]);
  });

  it('turning Reminders on shows today’s digest; clicking it opens Work filtered to Mine and due', async () => {
    await work.showCalendar('Month');
    await calendar.toolbarButton('Settings').click();
    await settings()
      .getByLabel(/^Reminders/)
      .check();
    await expect
      .poll(() => shownNotifications(app.page))
      .toEqual([{ title: 'Tierline: your work today', body: '1 item due today, 1 overdue' }]);
    await settings().getByRole('button', { name: 'Cancel' }).click();
    await clickNotification(app.page);
    await work.root.waitFor();
    expect(await filters.chips()).toEqual(['Owner: Dana', 'Status: Open', 'Due: by Wed 2 Dec']);
    expect((await work.shown()).map(([title]) => title).sort()).toEqual([DUE_TODAY, OVERDUE].sort());
  });

  it('shows the digest at most once a day: a restart the same day shows none', async () => {
    await calendar.reload();
    await work.root.waitFor();
    // The digest check runs as soon as the plan shows; give it a moment to (wrongly) fire.
    await app.page.waitForTimeout(500);
    expect(await shownNotifications(app.page)).toEqual([]);
    expect(await filters.chips()).toEqual(['Owner: Dana', 'Status: Open', 'Due: by Wed 2 Dec']);
  });
});
