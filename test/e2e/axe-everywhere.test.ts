import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { DiscardQuestion } from './pages/discard-question';
import { SearchBox } from './pages/search-box';
import { chooseToolbarAction } from './pages/toolbar';
import { WelcomePanel } from './pages/welcome';
import { WorkPage } from './pages/work-page';

/*
 * Issue 10's bar: axe-core reports nothing, of any impact, on every view, the side panels and every
 * dialog, in light and in dark. The sample plan makes the screens realistic: every tier, all three
 * window kinds, done and late work, conflicts.
 */

/** Waits for the dialog named `name`, runs axe on it alone, and closes it with Escape. */
async function checkDialog(page: Page, name: string, shot: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await expectNoAxeViolations(page, 'dialog[open]');
  await screenshot(page, shot);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

for (const theme of ['light', 'dark'] as const) {
  describe(`axe finds nothing anywhere, in ${theme}`, () => {
    let app: AppSession;
    let page: Page;
    let calendar: CalendarPage;
    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1280, height: 800 });
      calendar = new CalendarPage(page);
    });
    afterAll(async () => {
      await app.close();
    });

    it('on the welcome of an empty plan, then on the sample plan in every view', async () => {
      const welcome = new WelcomePanel(page);
      await welcome.root.waitFor();
      await expectNoAxeViolations(page);
      await welcome.loadSamplePlan();
      await calendar.expectItemOn('2026-12-17', 'Session replay for mobile apps');
      for (const view of ['Month', 'Week', 'Day', 'List']) {
        await page.getByRole('tab', { name: view }).click();
        await page.getByRole('tab', { name: view, selected: true }).waitFor();
        await expectNoAxeViolations(page);
        await screenshot(page, `axe-${theme}-${view.toLowerCase()}`);
      }
      await page.getByRole('button', { name: 'Work', exact: true }).click();
      await page.getByRole('region', { name: 'Filters' }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `axe-${theme}-work`);
      await new WorkPage(page).showCalendar('Month');
    });

    it('on the side panels: a launch, a maintenance window, the conflicts', async () => {
      await calendar.openItem('2026-12-05', 'Legacy plugins retirement');
      await expectNoAxeViolations(page);
      await calendar.openItem('2026-12-10', 'EU database upgrade');
      await expectNoAxeViolations(page);
      await screenshot(page, `axe-${theme}-maintenance-panel`);
      await page.getByRole('button', { name: 'Close details' }).click();
      await page.getByRole('button', { name: /^⚠? ?Conflicts/ }).click();
      await page.getByRole('complementary', { name: /Conflicts/ }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `axe-${theme}-conflicts-panel`);
      await page.getByRole('button', { name: /^⚠? ?Conflicts/ }).click();
    });

    it('on every dialog the toolbar and Settings open', async () => {
      for (const name of [
        'New announcement',
        'New maintenance window',
        'Export',
        'Import',
        'Templates',
        'Settings',
      ]) {
        await chooseToolbarAction(page, name);
        await checkDialog(page, name, `axe-${theme}-dialog-${name.toLowerCase().replace(/ /g, '-')}`);
      }
      for (const [button, name] of [
        ['Backups…', 'Backups'],
        ['People…', 'People'],
        ['Team calendar…', 'Team calendar'],
      ] as const) {
        await chooseToolbarAction(page, 'Settings');
        await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: button }).click();
        await checkDialog(page, name, `axe-${theme}-dialog-${name.toLowerCase().replace(/ /g, '-')}`);
      }
    });

    it('on the edit dialogs, the shortcuts, search, the discard question and the day list', async () => {
      await calendar.openItem('2026-12-08', 'Cohorts: CSV export');
      await page.keyboard.press('e');
      await checkDialog(page, 'Edit announcement', `axe-${theme}-dialog-edit-announcement`);
      await calendar.openItem('2026-12-10', 'EU database upgrade');
      await page.keyboard.press('e');
      await checkDialog(page, 'Edit maintenance window', `axe-${theme}-dialog-edit-maintenance`);
      await page.getByRole('button', { name: 'Close details' }).click();
      await page.keyboard.press('?');
      await checkDialog(page, 'Keyboard shortcuts', `axe-${theme}-dialog-shortcuts`);

      const search = new SearchBox(page);
      await search.search('replay');
      await search.results.waitFor();
      await expectNoAxeViolations(page, '.search-box');
      await screenshot(page, `axe-${theme}-search`);
      await page.keyboard.press('Escape');

      const dialog = await calendar.newAnnouncement();
      await dialog.fill({ title: 'Half-typed launch' });
      await page.keyboard.press('Escape');
      const question = new DiscardQuestion(dialog.root);
      await question.root.waitFor();
      await expectNoAxeViolations(page, 'dialog[open]');
      await screenshot(page, `axe-${theme}-discard-question`);
      await question.discard();
      await dialog.root.waitFor({ state: 'hidden' });

      // "+N more" on a busy day opens that day as a readable list.
      await chooseToolbarAction(page, 'Settings');
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Show checklist items on the calendar').check();
      await settings.getByRole('button', { name: 'Save' }).click();
      await settings.waitFor({ state: 'hidden' });
      await page
        .getByText(/^\+\d+ more$/)
        .first()
        .click();
      await page.getByRole('tab', { name: 'Month', selected: false }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `axe-${theme}-day-list`);
    });
  });
}
