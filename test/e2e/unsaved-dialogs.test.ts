import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { DiscardQuestion } from './pages/discard-question';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

let app: AppSession;
let calendar: CalendarPage;
beforeAll(async () => {
  app = await openApp();
  calendar = new CalendarPage(app.page);
});
afterAll(async () => {
  await app.close();
});

/** The app still works after the fault: a new announcement dialog opens, and closes clean. */
async function expectStillUsable(): Promise<void> {
  const dialog = await calendar.newAnnouncement();
  await app.page.keyboard.press('Escape');
  await expect.poll(() => dialog.isOpen()).toBe(false);
}

describe('unsaved dialogs', () => {
  it('a clean dialog closes on Escape at once, without a question', async () => {
    const dialog = await calendar.newAnnouncement();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isOpen()).toBe(false);
  });

  it('Escape on a dirty dialog asks "Discard changes?" with focus on Keep editing, axe-clean', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Half-typed launch' });
    await app.page.keyboard.press('Escape');
    const question = new DiscardQuestion(dialog.root);
    await question.root.waitFor();
    expect(await dialog.isOpen()).toBe(true);
    await expect
      .poll(() => question.keepEditingButton().evaluate((button) => button === document.activeElement))
      .toBe(true);
    await screenshot(app.page, 'discard-question');
    await expectNoAxeViolations(app.page, '.dialog');
    await question.discard();
    await expect.poll(() => dialog.isOpen()).toBe(false);
  });

  it('"Keep editing" keeps the text and returns to the field, where typing carries on', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Keep me' });
    await app.page.keyboard.press('Escape');
    // The field has focus back as soon as the click is handled, not a frame later: a quick typist's
    // next key must not land on the page.
    const title = await dialog.root.getByLabel('Title').elementHandle();
    const titleFocusedAtOnce = await new DiscardQuestion(dialog.root)
      .keepEditingButton()
      .evaluate(async (button, field) => {
        if (button instanceof HTMLElement) button.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return document.activeElement === field;
      }, title);
    expect(titleFocusedAtOnce).toBe(true);
    await app.page.keyboard.type(' please');
    expect(await new DiscardQuestion(dialog.root).isShown()).toBe(false);
    expect(await dialog.root.getByLabel('Title').inputValue()).toBe('Keep me please');
    await dialog.cancel();
    await new DiscardQuestion(dialog.root).discard();
  });

  it('"Discard" closes the dialog and stores nothing', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Thrown away', launchDate: '2026-12-18' });
    await app.page.keyboard.press('Escape');
    await new DiscardQuestion(dialog.root).discard();
    await expect.poll(() => dialog.isOpen()).toBe(false);
    await expectPlanUnchanged(app.page, before);
    expect(await calendar.item('2026-12-18', 'Thrown away').count()).toBe(0);
  });

  it('typing a change and typing it back leaves the dialog clean', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({ title: 'Temporary' });
    await dialog.fill({ title: '' });
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isOpen()).toBe(false);
  });
});

describe('hostile input: closing dirty dialogs', () => {
  let before: Awaited<ReturnType<typeof readPlanSnapshot>>;
  beforeEach(async () => {
    before = await readPlanSnapshot(app.page);
  });

  it('a second Escape on the question keeps editing (it does not close the dialog)', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Escape twice' });
    await app.page.keyboard.press('Escape');
    await new DiscardQuestion(dialog.root).root.waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => new DiscardQuestion(dialog.root).isShown()).toBe(false);
    expect(await dialog.isOpen()).toBe(true);
    expect(await dialog.root.getByLabel('Title').inputValue()).toBe('Escape twice');
    await dialog.cancel();
    await new DiscardQuestion(dialog.root).discard();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('Enter while the question shows neither saves nor discards', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Enter on the question', launchDate: '2026-12-21' });
    await app.page.keyboard.press('Escape');
    await new DiscardQuestion(dialog.root).root.waitFor();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => new DiscardQuestion(dialog.root).isShown()).toBe(false);
    expect(await dialog.isOpen()).toBe(true);
    await expectPlanUnchanged(app.page, before);
    await dialog.cancel();
    await new DiscardQuestion(dialog.root).discard();
    await expectStillUsable();
  });

  it('Cancel on a dirty maintenance window asks; Discard stores nothing', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({ title: 'DB upgrade', services: 'EU Cloud' });
    await dialog.cancel();
    const question = new DiscardQuestion(dialog.root);
    await question.root.waitFor();
    await question.discard();
    await expect.poll(() => dialog.isOpen()).toBe(false);
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('a changed setting is not saved by Escape and Discard', async () => {
    await calendar.toolbarButton('Settings').click();
    const dialog = app.page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Week starts on').selectOption({ label: 'Sunday' });
    await app.page.keyboard.press('Escape');
    await new DiscardQuestion(dialog).discard();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('pasted import text is not thrown away by Escape without asking', async () => {
    await calendar.toolbarButton('Import').click();
    const dialog = app.page.getByRole('dialog', { name: 'Import' });
    await dialog.getByLabel("Or paste the file's text").fill('BEGIN:VCALENDAR');
    await app.page.keyboard.press('Escape');
    const question = new DiscardQuestion(dialog);
    await question.keepEditing();
    expect(await dialog.getByLabel("Or paste the file's text").inputValue()).toBe('BEGIN:VCALENDAR');
    await app.page.keyboard.press('Escape');
    await question.discard();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('a pasted handbook page in Templates is not dropped by Close or Escape without asking', async () => {
    await calendar.toolbarButton('Templates').click();
    await app.page.getByRole('button', { name: 'Import handbook page…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Templates: import a handbook page' });
    await dialog.getByLabel('Handbook page (Markdown)').fill('### Tier 1: Major features\n- A blog post');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const question = new DiscardQuestion(dialog);
    await question.root.waitFor();
    await expectNoAxeViolations(app.page, '.dialog__confirm');
    await question.keepEditing();
    await app.page.keyboard.press('Escape');
    await question.discard();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('closing the window over a dirty dialog asks first (beforeunload), and staying keeps the text', async () => {
    const asked: string[] = [];
    const onDialog = (prompt: { type(): string; dismiss(): Promise<void> }) => {
      asked.push(prompt.type());
      void prompt.dismiss();
    };
    app.page.on('dialog', onDialog);
    try {
      const dialog = await calendar.newAnnouncement();
      await dialog.fill({ title: 'Do not lose me' });
      await app.page.close({ runBeforeUnload: true });
      // A hang guard, not a speed target: on a busy two-core machine the browser's question took
      // longer than the poll's default second once (a fresh-clone CI run, 2026-12-01).
      await expect.poll(() => asked, { timeout: 10_000 }).toEqual(['beforeunload']);
      expect(app.page.isClosed()).toBe(false);
      expect(await dialog.root.getByLabel('Title').inputValue()).toBe('Do not lose me');
      await expectPlanUnchanged(app.page, before);
      await dialog.cancel();
      await new DiscardQuestion(dialog.root).discard();
      // Clean again: a reload goes through without a question.
      await calendar.reload();
      expect(asked).toEqual(['beforeunload']);
    } finally {
      app.page.off('dialog', onDialog);
    }
    await expectStillUsable();
  });
});
