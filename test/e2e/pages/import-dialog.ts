import { DiscardQuestion } from './discard-question';
import type { Locator, Page } from 'playwright-core';

/** The Import dialog as a planner uses it: choose a file, watch it read, read the preview, import. */
export class ImportDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import' });
  }

  /** Chooses a file through the browser's file picker, as "Choose file…" asks. */
  async chooseFile(path: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.root.getByRole('button', { name: 'Choose file…' }).click(),
    ]);
    await chooser.setFiles(path);
  }

  /** Pastes a file's text and asks for its preview, as "Or paste the file's text" offers. */
  async pasteAndPreview(text: string): Promise<void> {
    await this.root.getByLabel("Or paste the file's text").fill(text);
    await this.root.getByRole('button', { name: 'Preview pasted text' }).click();
    await this.preview.waitFor();
  }

  /** A plan file's "Import plan" button (disabled until its preview is ready). */
  get importPlanButton(): Locator {
    return this.preview.getByRole('button', { name: 'Import plan' });
  }

  /** The progress shown while a calendar is read. */
  get progress(): Locator {
    return this.root.getByRole('region', { name: 'Reading the calendar' });
  }

  async cancelReading(): Promise<void> {
    await this.progress.getByRole('button', { name: 'Cancel reading' }).click();
  }

  get preview(): Locator {
    return this.root.getByRole('region', { name: 'Import preview' });
  }

  get skipped(): Locator {
    return this.preview.getByRole('region', { name: 'Skipped events' });
  }

  get warnings(): Locator {
    return this.preview.getByRole('region', { name: 'Warnings' });
  }

  /** "Compared with your plan: 3 new, 2 changed, …", once the file is compared with the plan. */
  get comparison(): Locator {
    return this.preview.getByRole('status').filter({ hasText: 'Compared with your plan' });
  }

  /** The records a newer version of the file changes, one list entry each. */
  get changes(): Locator {
    return this.preview.getByRole('region', { name: 'Changes from the file' });
  }

  /** The Import button, whatever it counts. */
  get importButton(): Locator {
    return this.preview.getByRole('button', { name: /^Import \d+ items?$/ });
  }

  /** A message the dialog shows instead of a preview (refusals, a stopped read). */
  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  /** The preview row of an event, found by its title. */
  row(title: string): Locator {
    return this.preview
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: title, exact: true }) });
  }

  /** Presses "Import N items" and waits for the dialog to close. */
  async importItems(count: number): Promise<void> {
    await this.preview.getByRole('button', { name: `Import ${count} item${count === 1 ? '' : 's'}` }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** Cancel on a dialog with nothing to lose: it closes at once. */
  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** Cancel on a dialog showing a preview: it asks "Discard changes?" first, and the planner discards. */
  async discardPreview(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await new DiscardQuestion(this.root).discard();
    await this.root.waitFor({ state: 'hidden' });
  }
}
