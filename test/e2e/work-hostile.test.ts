import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { FilterBar } from './pages/filter-bar';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';
import { WorkPage } from './pages/work-page';

const LAUNCH = 'Hostile launch';
const ITEM = 'Posting in the user Slack group.';

describe('hostile input: work view and filters', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let work: WorkPage;
  let filters: FilterBar;

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    work = new WorkPage(app.page);
    filters = new FilterBar(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: LAUNCH, tier: 'Minor', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', LAUNCH);
  });
  afterAll(async () => {
    await app.close();
  });

  /** The app still works: a new announcement can be started (and is put away again). */
  async function expectUsable(): Promise<void> {
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
    await dialog.root.waitFor({ state: 'hidden' });
  }

  /** Reloads with `value` stored under `key` in localStorage, as a hand edit or an old version left it. */
  async function reloadWithStored(key: string, value: string): Promise<void> {
    await app.page.evaluate(([name, text]) => localStorage.setItem(name!, text!), [key, value]);
    await calendar.reload();
  }

  it('refuses a due date of 9999-12-31 typed in a row, beside the field', async () => {
    await work.open();
    const before = await readPlanSnapshot(app.page);
    await work.setDue(ITEM, LAUNCH, '9999-12-31');
    await work
      .row(ITEM, LAUNCH)
      .getByRole('alert')
      .getByText('9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('refuses an owner name longer than any name, with the reason', async () => {
    const before = await readPlanSnapshot(app.page);
    await work.assign(ITEM, LAUNCH, 'n'.repeat(201));
    await app.page.getByRole('status').getByText('This is 201 characters; keep it to 200.').waitFor();
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('opens with no filters when the stored filters are not JSON', async () => {
    const before = await readPlanSnapshot(app.page);
    await reloadWithStored('tierline-work', '{"state":{"filters":');
    expect(await filters.chips()).toEqual([]);
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('drops stored filter values the bar could not have set (wrong types, unknown kinds, reversed days)', async () => {
    const before = await readPlanSnapshot(app.page);
    const stored = {
      state: {
        workOpen: 'yes',
        groupBy: 'everything',
        filters: { owner: 42, kind: 'all', status: ['open'], due: { from: '2026-12-31', to: '2026-12-01' } },
      },
      version: 0,
    };
    await reloadWithStored('tierline-work', JSON.stringify(stored));
    expect(await filters.chips()).toEqual([]);
    await calendar.expectItemOn('2026-12-09', LAUNCH);
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('shows a stored owner that is markup as plain text, hides nothing for good, and Clear filters resets it', async () => {
    const before = await readPlanSnapshot(app.page);
    const owner = '<img src=x onerror="document.title=1">';
    await reloadWithStored(
      'tierline-work',
      JSON.stringify({ state: { workOpen: true, filters: { owner } }, version: 0 }),
    );
    expect(await filters.chips()).toEqual([`Owner: ${owner}`]);
    await work.root.getByText('Nothing matches these filters.').waitFor();
    expect(await app.page.title()).not.toBe('1');
    await filters.clear();
    await work.row(ITEM, LAUNCH).waitFor();
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('treats a stored "I am" that is not text as not chosen: Mine asks first', async () => {
    const before = await readPlanSnapshot(app.page);
    await reloadWithStored(
      'tierline-reminders',
      JSON.stringify({ state: { me: { key: 'x' }, remindersOn: 'yes' } }),
    );
    await filters.mine.click();
    await app.page.getByRole('status').getByText('Choose who you are first: Settings → I am.').waitFor();
    expect(await filters.chips()).toEqual([]);
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });
});
