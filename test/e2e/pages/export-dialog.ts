import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The Export dialog as a planner uses it: the calendar (ICS) format is chosen when it opens. */
export class ExportDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export' });
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
