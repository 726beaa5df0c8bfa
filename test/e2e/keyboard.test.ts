import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { MaintenanceDialog } from './pages/maintenance-dialog';
import { readPlanSnapshot } from './pages/plan-snapshot';

type Row = { title: string; launchDate: string };

async function launchDateOf(app: AppSession, title: string): Promise<string | undefined> {
  const snapshot = await readPlanSnapshot(app.page);
  return (snapshot.announcements as Row[] | undefined)?.find((row) => row.title === title)?.launchDate;
}

async function focusedName(app: AppSession): Promise<string> {
  return app.page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return label ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
  });
}

describe('keyboard first: a launch planned, moved and undone without the mouse', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the shortcuts on ?, and closes the list with Escape', async () => {
    const { page } = app;
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('New maintenance window');
    expect(await dialog.innerText()).toContain('Edit the selected item');
    // An information dialog: one way out, called Close.
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Close']);
    await expectNoAxeViolations(page, 'dialog[open]');
    await screenshot(page, 'keyboard-shortcuts-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('n opens New announcement with the title focused; Enter saves; Alt+Right moves; Ctrl+Z undoes', async () => {
    const { page } = app;
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New announcement' });
    await dialog.waitFor();
    expect(await focusedName(app)).toBe('Title');
    await page.keyboard.type('Keyboard launch');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => launchDateOf(app, 'Keyboard launch')).toBe('2026-12-02');
    // The new launch is selected (its panel is open), so Alt+Right moves it a day.
    await page.getByRole('complementary').getByRole('heading', { name: 'Keyboard launch' }).waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => launchDateOf(app, 'Keyboard launch')).toBe('2026-12-03');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => launchDateOf(app, 'Keyboard launch')).toBe('2026-12-10');
    await page.keyboard.press('Control+z');
    await expect.poll(() => launchDateOf(app, 'Keyboard launch')).toBe('2026-12-03');
    await page.keyboard.press('Control+z');
    await expect.poll(() => launchDateOf(app, 'Keyboard launch')).toBe('2026-12-02');
  });

  it('Escape closes the side panel; j, k, t and 1–5 drive the calendar', async () => {
    const { page } = app;
    const panel = page.getByRole('complementary').getByRole('heading', { name: 'Keyboard launch' });
    await panel.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const title = page
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /2026|2027/ })
      .first();
    await page.keyboard.press('j');
    await expect.poll(() => title.innerText()).toBe('January 2027');
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect.poll(() => title.innerText()).toBe('November 2026');
    await page.keyboard.press('t');
    await expect.poll(() => title.innerText()).toBe('December 2026');
    await page.keyboard.press('2');
    await page.getByRole('tab', { name: 'Week', selected: true }).waitFor();
    await page.keyboard.press('5');
    await page.getByRole('group', { name: 'View' }).waitFor();
    await page.keyboard.press('1');
    await page.getByRole('tab', { name: 'Month', selected: true }).waitFor();
  });

  it('hands focus back to the button that opened a dialog', async () => {
    const { page } = app;
    const opener = page.getByRole('button', { name: 'New maintenance window', exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New maintenance window' });
    await dialog.waitFor();
    expect(await focusedName(app)).toBe('Title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('e edits the selected launch; Delete asks first, Enter confirms, Ctrl+Z brings it back', async () => {
    const { page } = app;
    await page.keyboard.press('n');
    const create = page.getByRole('dialog', { name: 'New announcement' });
    await create.waitFor();
    await page.keyboard.type('Launch to delete');
    await page.keyboard.press('Enter');
    await create.waitFor({ state: 'hidden' });
    const heading = page.getByRole('complementary').getByRole('heading', { name: 'Launch to delete' });
    await heading.waitFor();
    await page.keyboard.press('e');
    const edit = page.getByRole('dialog', { name: /Edit/ });
    await edit.waitFor();
    expect(await edit.getByLabel('Title').inputValue()).toBe('Launch to delete');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });

    await page.keyboard.press('Delete');
    const question = page.getByRole('alertdialog', { name: 'Confirm delete' });
    await question.waitFor();
    // Asked, not done: the launch is still stored until the planner confirms.
    expect(await launchDateOf(app, 'Launch to delete')).toBe('2026-12-02');
    await page.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    await expect.poll(() => launchDateOf(app, 'Launch to delete')).toBeUndefined();
    await page.keyboard.press('Control+z');
    await expect.poll(() => launchDateOf(app, 'Launch to delete')).toBe('2026-12-02');
  });

  it('e and Delete work on a selected maintenance window too, and do nothing with nothing selected', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const before = await readPlanSnapshot(page);
    await page.keyboard.press('Delete');
    await page.keyboard.press('e');
    expect(await page.locator('dialog[open], [role="alertdialog"]').count()).toBe(0);
    expect(await readPlanSnapshot(page)).toEqual(before);

    await page.keyboard.press('m');
    const create = new MaintenanceDialog(page, 'New maintenance window');
    await create.root.waitFor();
    await create.fill({ title: 'Keyboard window', services: 'API' });
    await create.submit();
    await create.root.waitFor({ state: 'hidden' });
    const heading = page.getByRole('complementary').getByRole('heading', { name: 'Keyboard window' });
    await heading.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('e');
    const edit = page.getByRole('dialog', { name: /Edit/ });
    await edit.waitFor();
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });
    await page.keyboard.press('Delete');
    await page.getByRole('group', { name: 'Confirm delete' }).waitFor();
    await page.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await readPlanSnapshot(page)).maintenanceWindows as Row[]).map((row) => row.title))
      .toEqual([]);
  });
});
