import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { AnnouncementDialog } from './pages/announcement-dialog';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const DIALOG = 'dialog[aria-labelledby]';

let app: AppSession;
let calendar: CalendarPage;
beforeAll(async () => {
  app = await openApp();
  calendar = new CalendarPage(app.page);
});
afterAll(async () => {
  await app.close();
});

/** The app is still usable: the New announcement dialog opens and closes again. */
async function expectUsable(): Promise<void> {
  const dialog = await calendar.newAnnouncement();
  await dialog.cancel();
  await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
}

describe('hostile input: the announcement dialogs', () => {
  it('refuses a launch typed as 9999-12-31 with the message beside the field, storing nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    expect(await dialog.root.getByLabel('Launch date').getAttribute('max')).toBe('2199-12-31');
    await dialog.fill({ title: 'Typo launch', launchDate: '9999-12-31' });
    await dialog.submit();
    const message = '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).';
    await dialog.expectMessage(message);
    expect(await dialog.describe('Launch date')).toBe(message);
    await screenshot(app.page, 'limits-launch-9999');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('shows the counter for a 5,000-character pasted title and refuses it without cutting it', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    const pasted = 'Launch '.repeat(715).slice(0, 5000);
    await dialog.fill({ title: pasted });
    // The field keeps every character: nothing is cut behind the planner's back.
    expect(await dialog.root.getByLabel('Title').inputValue()).toHaveLength(5000);
    expect(await dialog.describe('Title')).toBe('5,000 / 200 characters: 4,800 too many');
    await dialog.submit();
    await dialog.expectMessage('This is 5,000 characters; keep it to 200.');
    await screenshot(app.page, 'limits-title-5000');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses a 10,001-character summary beside the field', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Long summary', summary: 's'.repeat(10_001) });
    await dialog.submit();
    await dialog.expectMessage('This is 10,001 characters; keep it to 10,000.');
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses a Major launch on 2199-12-30 whose checklist would run into 2200, naming the item', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Edge of time', tier: 'Major', launchDate: '2199-12-30' });
    await dialog.submit();
    await dialog.expectMessage(/would be due 2200-/);
    expect(await dialog.describe('Launch date')).toMatch(
      /^“.+” would be due 2200-\d\d-\d\d, outside the dates Tierline plans \(between 1900 and 2199\)\. Pick a launch date that leaves room for it\.$/,
    );
    await screenshot(app.page, 'limits-derived-2200');
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses moving a stored launch to 9999-12-31 in the Edit dialog', async () => {
    const create = await calendar.newAnnouncement();
    await create.fill({ title: 'Stored launch', launchDate: '2026-12-20' });
    await create.submit();
    await expect.poll(() => create.isOpen()).toBe(false);
    const panel = await calendar.openItem('2026-12-20', 'Stored launch');
    const before = await readPlanSnapshot(app.page);
    await panel.getByRole('button', { name: 'Edit' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Edit announcement' });
    await dialog.getByLabel('Launch date').fill('9999-12-31');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog
      .getByText('9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await new AnnouncementDialog(app.page, 'Edit announcement').discard();
    await expectUsable();
  });
});

describe('the announcement dialog asks about far-off dates and counts long text before it refuses', () => {
  it('asks “Is 2062 right?” before saving a launch 36 years ahead, and saves it when kept', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Far future', launchDate: '2062-12-01' });
    await dialog.submit();
    await dialog.dateQuestion.group.waitFor();
    expect(await dialog.dateQuestion.group.textContent()).toContain(
      'Is 2062 right? That is more than 5 years ahead.',
    );
    await screenshot(app.page, 'limits-launch-2062-question');
    await expectNoAxeViolations(app.page, DIALOG);
    // Asking is not saving: nothing is stored until the planner answers.
    await expectPlanUnchanged(app.page, before);
    await dialog.dateQuestion.keep('2062');
    await expect.poll(() => dialog.isOpen()).toBe(false);
    const stored = await readStore<Announcement>(app.page, 'announcements');
    expect(stored.map((row) => [row.title, row.launchDate])).toContainEqual(['Far future', '2062-12-01']);
  });

  it('goes back to the date on “Change it”, storing nothing, and forgets the question once the date changes', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Old launch', launchDate: '2020-06-01' });
    await dialog.submit();
    await dialog.dateQuestion.group.waitFor();
    expect(await dialog.dateQuestion.group.textContent()).toContain(
      'Is 2020 right? That is more than a year ago.',
    );
    await dialog.dateQuestion.change();
    await expect.poll(() => dialog.dateQuestion.group.count()).toBe(0);
    const focused = await app.page.evaluate(() => document.activeElement?.getAttribute('type'));
    expect(focused).toBe('date');
    await expectPlanUnchanged(app.page, before);
    await dialog.fill({ launchDate: '2026-12-21' });
    await dialog.submit();
    await expect.poll(() => dialog.isOpen()).toBe(false);
    await calendar.expectItemOn('2026-12-21', 'Old launch');
  });

  it('counts from 183 of 200 characters, before it matters', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'x'.repeat(150) });
    expect(await dialog.describe('Title')).toBe('');
    await dialog.fill({ title: 'x'.repeat(183) });
    expect(await dialog.describe('Title')).toBe('183 / 200 characters');
    await dialog.discard();
  });
});
