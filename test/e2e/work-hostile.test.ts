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

  it('refuses to create an owner whose name is longer than any name, with the reason beside the field', async () => {
    const before = await readPlanSnapshot(app.page);
    await work.open();
    await work.assignNew(ITEM, LAUNCH, 'n'.repeat(201));
    await work
      .row(ITEM, LAUNCH)
      .getByRole('alert')
      .getByText('A name can be at most 200 characters (this one has 201).')
      .waitFor();
    await expectPlanUnchanged(app.page, before);
    await work.owner(ITEM, LAUNCH).input.press('Escape');
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

  it('drops a stored Owner that is markup and names no person, so it hides nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const owner = '<img src=x onerror="document.title=1">';
    await reloadWithStored(
      'tierline-work',
      JSON.stringify({ state: { workOpen: true, filters: { owner, team: 'Marketing' } }, version: 0 }),
    );
    // The owner is forgotten; the team filter, a value the bar could have set, stays.
    await expect.poll(() => filters.chips()).toEqual(['Team: Marketing']);
    expect(await app.page.title()).not.toBe('1');
    await filters.clear();
    await work.row(ITEM, LAUNCH).waitFor();
    await expect
      .poll(() => app.page.evaluate(() => localStorage.getItem('tierline-work') ?? ''))
      .toContain('"owner":null');
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('drops a stored Owner left by the free-text version (a name, not a person id)', async () => {
    const before = await readPlanSnapshot(app.page);
    await reloadWithStored(
      'tierline-work',
      JSON.stringify({ state: { workOpen: true, filters: { owner: 'priya' } }, version: 0 }),
    );
    await work.row(ITEM, LAUNCH).waitFor();
    await expect.poll(() => filters.chips()).toEqual([]);
    expect(await filters.chosen('Owner')).toBe('Anyone');
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('treats a stored "I am" that names no person (an old free-text name) as not chosen', async () => {
    const before = await readPlanSnapshot(app.page);
    await reloadWithStored(
      'tierline-reminders',
      JSON.stringify({ state: { me: 'Priya', remindersOn: false } }),
    );
    await filters.mine.click();
    await app.page.getByRole('status').getByText('Choose who you are first: Settings → I am.').waitFor();
    expect(await filters.chips()).toEqual([]);
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
