import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { DiscardQuestion } from './pages/discard-question';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const DIALOG = 'dialog[aria-labelledby]';
const WINDOW = { title: 'EU Cloud database upgrade', services: 'EU Cloud' };

let app: AppSession;
let calendar: CalendarPage;
beforeAll(async () => {
  app = await openApp();
  calendar = new CalendarPage(app.page);
});
afterAll(async () => {
  await app.close();
});

/** The app is still usable: the New maintenance window dialog opens and closes again. */
async function expectUsable(): Promise<void> {
  const dialog = await calendar.newMaintenanceWindow();
  await dialog.cancel();
  await expect.poll(() => app.page.getByRole('dialog').count()).toBe(0);
}

describe('hostile input: maintenance windows, checklist dates and settings', () => {
  it('refuses a 396-day window with the length in days and hours, storing nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({ ...WINDOW, start: '2026-12-05T22:00', end: '2028-01-05T22:00' });
    await dialog.submit();
    const message = 'A window of 396 days (9,504 hours) is probably a typo: windows are at most 14 days.';
    await dialog.expectMessage(message);
    expect(await dialog.describe('End')).toBe(message);
    // Said once, beside End: no second, unformatted "Lasts 9504 hours" under the fields.
    expect(await dialog.root.getByText(/^Lasts /).count()).toBe(0);
    await screenshot(app.page, 'limits-window-396-days');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses a window typed in 9999 beside Start and End, with range limits on both fields', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newMaintenanceWindow();
    expect(await dialog.root.getByLabel('Start').getAttribute('max')).toBe('2199-12-31T23:59');
    await dialog.fill({ ...WINDOW, start: '9999-12-31T10:00', end: '9999-12-31T12:00' });
    await dialog.submit();
    await dialog.expectMessage(
      '9999-12-31T10:00 is outside the dates Tierline plans (between 1900 and 2199).',
    );
    expect(await dialog.describe('End')).toBe(
      '9999-12-31T12:00 is outside the dates Tierline plans (between 1900 and 2199).',
    );
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses 5,001 characters of notes with the counter showing, storing nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      ...WINDOW,
      start: '2026-12-05T22:00',
      end: '2026-12-06T02:00',
      notes: 'n'.repeat(5001),
    });
    expect(await dialog.describe('Notes')).toBe('5,001 / 5,000 characters: 1 too many');
    await dialog.submit();
    await dialog.expectMessage('This is 5,001 characters; keep it to 5,000.');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await dialog.discard();
    await expectUsable();
  });

  it('refuses a checklist due date set by hand to 9999-12-31, beside the field', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Hand-set dates', launchDate: '2026-12-10' });
    await dialog.submit();
    await expect.poll(() => dialog.isOpen()).toBe(false);
    const panel = await calendar.openItem('2026-12-10', 'Hand-set dates');
    const before = await readPlanSnapshot(app.page);
    const due = panel.getByLabel(/^Due date for /).first();
    expect(await due.getAttribute('min')).toBe('1900-01-01');
    await due.fill('9999-12-31');
    await due.press('Enter');
    const message = '9999-12-31 is outside the dates Tierline plans (between 1900 and 2199).';
    await panel.getByText(message).waitFor();
    const describedBy = await due.getAttribute('aria-describedby');
    expect(await app.page.locator(`[id="${describedBy}"]`).textContent()).toBe(message);
    await screenshot(app.page, 'limits-checklist-due-9999');
    await expectNoAxeViolations(app.page, 'aside');
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('refuses an own item due in 1899, beside the form', async () => {
    const panel = await calendar.openItem('2026-12-10', 'Hand-set dates');
    const before = await readPlanSnapshot(app.page);
    await panel.getByRole('button', { name: 'Add your own item…' }).click();
    await panel.getByLabel('Item', { exact: true }).fill('Old item');
    await panel.getByLabel('Due', { exact: true }).fill('1899-12-31');
    await panel.getByRole('button', { name: 'Add item' }).click();
    await panel
      .getByText('1899-12-31 is outside the dates Tierline plans (between 1900 and 2199).')
      .waitFor();
    await expectPlanUnchanged(app.page, before);
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
    await expectUsable();
  });

  it('refuses 5,001 characters of item notes with the counter beside them, storing nothing', async () => {
    const panel = await calendar.openItem('2026-12-10', 'Hand-set dates');
    const before = await readPlanSnapshot(app.page);
    await panel.getByRole('button', { name: 'Notes', exact: true }).first().click();
    const notes = panel.getByLabel(/^Notes for /).first();
    await notes.fill('n'.repeat(5001));
    const describedBy = await notes.getAttribute('aria-describedby');
    expect(await app.page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      '5,001 / 5,000 characters: 1 too many',
    );
    await notes.blur();
    await app.page.getByRole('status').getByText('This is 5,001 characters; keep it to 5,000.').waitFor();
    // The planner's text stays in the box to shorten; nothing of it was stored.
    expect(await notes.inputValue()).toHaveLength(5001);
    await expectNoAxeViolations(app.page, 'aside');
    await expectPlanUnchanged(app.page, before);
    await expectUsable();
  });

  it('refuses an Array day typed as 1e1 and a pasted 5,000-character time zone in Settings', async () => {
    const before = await readPlanSnapshot(app.page);
    await calendar.toolbarButton('Settings').click();
    const settings = app.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Array goes out on day').fill('1e1');
    await settings.getByLabel('Time zone').fill('Europe/'.repeat(715));
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Pick a day from 1 to 28.').waitFor();
    const zoneMessage = await settings.getByText(/^Unknown time zone/).textContent();
    expect(zoneMessage?.length).toBeLessThan(100);
    await screenshot(app.page, 'limits-settings');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await settings.getByRole('button', { name: 'Cancel' }).click();
    await new DiscardQuestion(settings).discard();
    await expectUsable();
  });
});

describe('the window dialog explains clock changes and asks about far-off starts', () => {
  it('says when the clocks skip the typed start, and what time it becomes', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      ...WINDOW,
      timeZone: 'Europe/London',
      start: '2027-03-28T01:30',
      end: '2027-03-28T04:00',
    });
    await dialog.expectMessage(
      'Start: the clocks in Europe/London skip 01:30 on that day: it becomes Sun 28 Mar 2027, 02:30 BST.',
    );
    await screenshot(app.page, 'limits-window-dst-gap');
    await expectNoAxeViolations(app.page, DIALOG);
    await dialog.discard();
  });

  it('asks “Is 2062 right?” about a far-off start and creates the window once kept', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({ ...WINDOW, start: '2062-12-05T22:00', end: '2062-12-06T02:00' });
    await dialog.submit();
    await dialog.dateQuestion.group.waitFor();
    expect(await dialog.dateQuestion.group.textContent()).toContain('Is 2062 right?');
    await expectNoAxeViolations(app.page, DIALOG);
    await expectPlanUnchanged(app.page, before);
    await dialog.dateQuestion.keep('2062');
    await expect.poll(() => dialog.isOpen()).toBe(false);
    const windows = await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows');
    expect(windows.map((window) => window.start)).toEqual(['2062-12-05T22:00:00.000Z']);
  });
});
