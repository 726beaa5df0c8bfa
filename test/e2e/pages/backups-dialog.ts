import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Settings → Backups as a planner uses it: the list of automatic snapshots, newest first, and
 * the restore preview. `await BackupsDialog.open(page)` goes through the Settings dialog.
 */
export class BackupsDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Backups' });
  }

  static async open(page: Page): Promise<BackupsDialog> {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Backups…' }).click();
    const dialog = new BackupsDialog(page);
    await dialog.root.waitFor();
    await dialog.root.getByText('Reading the snapshots…').waitFor({ state: 'detached' });
    return dialog;
  }

  /** Every snapshot row, newest first. */
  rows(): Locator {
    return this.root.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  }

  /** The newest row whose text includes `text` (a reason in words, a time, counts). */
  row(text: string): Locator {
    return this.rows().filter({ hasText: text }).first();
  }

  /** The rows' texts, newest first, e.g. "Today 10:00At start1 announcement, 0 windows, 12 items…". */
  async rowTexts(): Promise<string[]> {
    return this.rows().allInnerTexts();
  }

  /** Clicks Restore… on the newest row matching `text`. */
  async restore(text: string): Promise<void> {
    await this.row(text)
      .getByRole('button', { name: /^Restore snapshot/ })
      .click();
  }

  /** The preview a restore opens (the same one a backup file gets). */
  preview(): Locator {
    return this.root.getByRole('region', { name: 'Import preview' });
  }

  /** Confirms the restore in the preview and waits until the dialog has closed. */
  async confirmRestore(): Promise<void> {
    await this.preview().getByRole('button', { name: 'Replace my plan…' }).click();
    await this.preview().getByRole('button', { name: 'Replace my plan', exact: true }).click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** The message the dialog shows for a snapshot it refuses. */
  alert(): Locator {
    return this.root.getByRole('alert');
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}

/** Imports a plan file by pasting its text into the Import dialog, and waits until it closes. */
export async function importPlanFile(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel("Or paste the file's text").fill(text);
  await dialog.getByRole('button', { name: 'Preview pasted text' }).click();
  await dialog.getByRole('button', { name: 'Import plan' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Waits until the newest snapshot is one taken for `reason` (the list shows it in words). */
export async function expectNewestSnapshot(page: Page, reason: string): Promise<BackupsDialog> {
  const backups = await BackupsDialog.open(page);
  await expect.poll(async () => (await backups.rowTexts())[0] ?? '').toContain(reason);
  return backups;
}
