import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The Export dialog, used by its visible labels: format, checklist items, reminders, kinds, preview, save. */
export class ExportDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export' });
  }

  /** Opens the dialog from the toolbar's Export button. */
  static async open(page: Page): Promise<ExportDialog> {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = new ExportDialog(page);
    await dialog.root.waitFor();
    return dialog;
  }

  get reminders(): Locator {
    // Exact: the VTODO choice's name mentions Apple Reminders.
    return this.root.getByLabel('Reminders', { exact: true });
  }

  async chooseReminders(label: string): Promise<void> {
    await this.reminders.selectOption({ label });
  }

  /** Picks how checklist items appear in ICS, by the radio's visible name. */
  async chooseTasks(name: string | RegExp): Promise<void> {
    await this.root.getByRole('radio', { name }).check();
  }

  /** Leaves the named kinds ("Announcements", "Maintenance windows"…) out of the export. */
  async hideKinds(...labels: string[]): Promise<void> {
    const kinds = this.root.getByRole('group', { name: 'Kinds' });
    for (const label of labels) await kinds.getByLabel(label).uncheck();
  }

  /** The From and To days the range starts with (or was set to). */
  async range(): Promise<{ from: string; to: string }> {
    return {
      from: await this.root.getByLabel('From', { exact: true }).inputValue(),
      to: await this.root.getByLabel('To', { exact: true }).inputValue(),
    };
  }

  async setRange(range: { from?: string; to?: string }): Promise<void> {
    if (range.from !== undefined) await this.root.getByLabel('From', { exact: true }).fill(range.from);
    if (range.to !== undefined) await this.root.getByLabel('To', { exact: true }).fill(range.to);
  }

  /** Leaves the named tiers ("Minor", "Major"…) out of the export. */
  async hideTiers(...labels: string[]): Promise<void> {
    const tiers = this.root.getByRole('group', { name: 'Tiers' });
    for (const label of labels) await tiers.getByLabel(label, { exact: true }).uncheck();
  }

  async chooseFormat(name: string): Promise<void> {
    await this.root.getByRole('radio', { name }).check();
  }

  /** The file name the preview shows above the file. */
  async fileName(): Promise<string> {
    return (await this.root.locator('.export-dialog__head strong').innerText()).trim();
  }

  /** The line saying what the range or filters leave out; empty when nothing is. */
  async leftOut(): Promise<string> {
    const line = this.root.getByText(/left out/);
    return (await line.count()) === 0 ? '' : (await line.innerText()).trim();
  }

  /** The preview's content lines, long ones unfolded again (RFC 5545 §3.1) as a calendar app reads them. */
  async previewLines(): Promise<string[]> {
    const text = (await this.root.getByLabel('Preview').textContent()) ?? '';
    return text.replace(/\n[ \t]/g, '').split('\n');
  }

  /** Presses "Save file…" and keeps the download in `folder` under the name the browser suggests. */
  async saveFile(folder: string): Promise<{ path: string; text: string }> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.root.getByRole('button', { name: 'Save file…' }).click(),
    ]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, text: readFileSync(path, 'utf8') };
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await this.root.waitFor({ state: 'hidden' });
  }
}
