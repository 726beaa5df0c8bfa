import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { DiscardQuestion } from './pages/discard-question';
import { PeoplePage } from './pages/people-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';
import { TeamCalendarPage } from './pages/team-calendar-page';
import { openDesktopApp } from './stand-in-bridge';

/*
 * Issue 10's "Unsaved work" for the dialogs whose forms sit inside a larger dialog: a person being
 * added in People, and the sign-in form of Team calendar (desktop bridge stood in, no server needed
 * before Connect). Escape must ask before throwing the typing away.
 */
describe('unsaved typing in People and Team calendar', () => {
  let app: AppSession;
  let desktop: Awaited<ReturnType<typeof openDesktopApp>> | undefined;
  beforeAll(async () => {
    desktop = await openDesktopApp();
    app = desktop.app;
  });
  afterAll(async () => {
    await desktop?.close();
  });

  it('People: Escape with a half-typed person asks; Keep editing keeps the name; Discard adds nobody', async () => {
    const { page } = app;
    const before = await readPlanSnapshot(page);
    const people = await PeoplePage.open(page);
    await people.addForm.getByLabel('Name', { exact: true }).fill('Half-typed Hana');
    await page.keyboard.press('Escape');
    const question = new DiscardQuestion(people.root);
    await question.root.waitFor();
    await question.keepEditing();
    expect(await people.addForm.getByLabel('Name', { exact: true }).inputValue()).toBe('Half-typed Hana');
    await page.keyboard.press('Escape');
    await question.root.waitFor();
    await question.discard();
    await people.root.waitFor({ state: 'hidden' });
    await expectPlanUnchanged(page, before);
  });

  it('People: once the person is added, the dialog closes without a question', async () => {
    const { page } = app;
    const people = await PeoplePage.open(page);
    await people.add('Added Ada');
    // Added: the form clears what it added, so nothing typed is left to lose.
    await expect.poll(() => people.addForm.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await people.root.waitFor({ state: 'hidden' });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`Team calendar (${theme}): the sign-in form is axe-clean, and Escape after typing asks first`, async () => {
      const { page } = app;
      await page.emulateMedia({ colorScheme: theme });
      const team = await TeamCalendarPage.open(page);
      await team.root.getByLabel('Server URL').waitFor();
      await expectNoAxeViolations(page, 'dialog[open]');
      await team.root.getByLabel('Server URL').fill('https://cal.example.com/dav/');
      await page.keyboard.press('Escape');
      const question = new DiscardQuestion(team.root);
      await question.root.waitFor();
      await expectNoAxeViolations(page, 'dialog[open]');
      await screenshot(page, `team-calendar-discard-${theme}`);
      await question.discard();
      await team.root.waitFor({ state: 'hidden' });
      // Nothing typed was kept: the form opens empty again, and closes without asking.
      const again = await TeamCalendarPage.open(page);
      expect(await again.root.getByLabel('Server URL').inputValue()).toBe('');
      await page.keyboard.press('Escape');
      await again.root.waitFor({ state: 'hidden' });
    });
  }
});
