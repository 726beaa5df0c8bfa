import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { BackupsDialog, expectNewestSnapshot, importPlanFile } from './pages/backups-dialog';
import { CalendarPage } from './pages/calendar-page';
import { readPlanSnapshot, type PlanSnapshot } from './pages/plan-snapshot';

const PLAN_FILE = readFileSync(join(process.cwd(), 'test/cli/fixtures/plan.json'), 'utf8');
const HANDBOOK_PAGE = readFileSync(
  join(process.cwd(), 'test/fixtures/handbook/000_d406f89cd6c83b07.txt'),
  'utf8',
);
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'tierline-snapshots-'));

/** Clicks a button that downloads a file; returns where the file landed and its text. */
async function download(page: Page, button: Locator): Promise<{ path: string; name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(DOWNLOADS, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function replaceFromBackupFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Choose file…' }).click(),
  ]);
  await chooser.setFiles(path);
  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Replace my plan…' }).click();
  // The file import still saves the current plan as a file first.
  await download(page, preview.getByRole('button', { name: 'Replace my plan', exact: true }));
  await dialog.waitFor({ state: 'detached' });
}

async function importHandbookPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Templates' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Import handbook page…' }).click();
  await dialog.getByLabel('Handbook page (Markdown)').fill(HANDBOOK_PAGE);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Save as template set' }).click();
  await dialog.getByLabel('Template set').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

describe('automatic backups: snapshots and restoring them', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  // The plan as each kind of snapshot saw it.
  const expected: Record<string, PlanSnapshot> = {};

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes a snapshot at start that shows in Settings → Backups after a reload', async () => {
    const { page } = app;
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Session replay for mobile', launchDate: '2026-12-08' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-08', 'Session replay for mobile');
    await calendar.reload();
    expected.start = await readPlanSnapshot(page);
    const items = expected.start.checklistItems?.length ?? 0;
    expect(items).toBeGreaterThan(0);

    const backups = await expectNewestSnapshot(page, 'At start');
    const rows = await backups.rowTexts();
    // The reload's snapshot holds the new announcement; the first start's was of the empty plan.
    expect(rows[0]).toMatch(/Today 10:00\s*At start\s*1 announcement, 0 windows, (\d+) items/);
    expect(rows[0]).toContain(`${items} items`);
    expect(rows.at(-1)).toContain('0 announcements, 0 windows, 0 items');
    await expectNoAxeViolations(page, 'dialog[open]');
    await screenshot(page, 'backups-list');
    await backups.close();
  });

  it('takes a snapshot before an import', async () => {
    const { page } = app;
    expected['before import'] = await readPlanSnapshot(page);
    await importPlanFile(page, PLAN_FILE);
    await calendar.expectItemOn('2026-12-01', 'Session replay for mobile');
    const backups = await expectNewestSnapshot(page, 'Before import');
    expect((await backups.rowTexts())[0]).toContain('1 announcement, 0 windows');
    await backups.close();
  });

  it('takes a snapshot before a backup file replaces the plan, and one before a template import', async () => {
    const { page } = app;
    // A downloaded snapshot is a backup file: replace the plan with the first start's empty plan.
    const backups = await BackupsDialog.open(page);
    const file = await download(
      page,
      backups
        .rows()
        .last()
        .getByRole('button', { name: /^Download snapshot/ }),
    );
    expect(file.name).toBe('tierline-backup-2026-12-02-1000-start.json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 'tierline-backup' });
    await backups.close();

    expected['before replacing the plan'] = await readPlanSnapshot(page);
    await replaceFromBackupFile(page, file.path);
    await expect.poll(async () => (await readPlanSnapshot(page)).announcements?.length).toBe(0);
    await (await expectNewestSnapshot(page, 'Before replacing the plan')).close();

    expected['before template import'] = await readPlanSnapshot(page);
    await importHandbookPage(page);
    await (await expectNewestSnapshot(page, 'Before template import')).close();
  });

  const kinds: [string, string][] = [
    ['start', 'At start'],
    ['before import', 'Before import'],
    ['before replacing the plan', 'Before replacing the plan'],
    ['before template import', 'Before template import'],
  ];
  for (const [key, words] of kinds) {
    it(`restores the "${words}" snapshot exactly, keeping the current plan as a snapshot first`, async () => {
      const { page } = app;
      const backups = await BackupsDialog.open(page);
      const restoresBefore = (await backups.rowTexts()).filter((text) =>
        text.includes('Before restoring'),
      ).length;
      await backups.restore(words);
      await backups.preview().getByText('(full backup from').waitFor();
      await backups.preview().getByRole('button', { name: 'Replace my plan…' }).click();
      await backups.preview().getByText('keeps your current plan as a snapshot').waitFor();
      if (key === 'start') {
        await expectNoAxeViolations(page, 'dialog[open]');
        await screenshot(page, 'backups-restore-confirm');
      }
      await backups.preview().getByRole('button', { name: 'Replace my plan', exact: true }).click();
      await backups.root.waitFor({ state: 'detached' });
      await page.getByRole('status').getByText('Your previous plan was kept as a snapshot.').waitFor();
      expect(await readPlanSnapshot(page)).toEqual(expected[key]);

      // The plan from just before the restore is the newest snapshot now.
      const after = await expectNewestSnapshot(page, 'Before restoring a backup');
      expect((await after.rowTexts()).filter((text) => text.includes('Before restoring')).length).toBe(
        restoresBefore + 1,
      );
      await after.close();

      if (key === 'before import') {
        // Undo still works after a restore: it puts back the plan the restore replaced.
        await importPlanFile(page, PLAN_FILE);
        const beforeRestore = await readPlanSnapshot(page);
        const again = await BackupsDialog.open(page);
        await again.restore(words);
        await again.confirmRestore();
        expect(await readPlanSnapshot(page)).toEqual(expected[key]);
        await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
        await expect.poll(() => readPlanSnapshot(page)).toEqual(beforeRestore);
      }
    });
  }
});

describe('when a snapshot cannot be taken', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('the import still goes ahead, and a message stays until dismissed', async () => {
    const { page } = app;
    const backups = await BackupsDialog.open(page);
    await backups.row('At start').waitFor();
    await backups.close();
    // Something outside Tierline (another build, a storage cleaner) upgrades the backup database
    // and drops its stores: every later snapshot fails.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tierline-backups', 1000);
          open.onupgradeneeded = () => {
            for (const name of [...open.result.objectStoreNames]) open.result.deleteObjectStore(name);
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
    );
    await importPlanFile(page, PLAN_FILE);
    await new CalendarPage(page).expectItemOn('2026-12-01', 'Session replay for mobile');
    const alert = page.locator('.backup-alert');
    await alert.getByText('Tierline could not keep a snapshot (before import)').waitFor();
    await alert.getByText('Your change went ahead and can be undone').waitFor();
    await expectNoAxeViolations(page, '.backup-alert');
    await screenshot(page, 'backups-snapshot-failed');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    const planned = (JSON.parse(PLAN_FILE) as { announcements: unknown[] }).announcements.length;
    expect(await readPlanSnapshot(page).then((plan) => plan.announcements?.length)).toBe(planned);
  });
});
