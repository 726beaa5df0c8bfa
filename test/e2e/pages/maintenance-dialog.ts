import type { Locator, Page } from 'playwright-core';
import { FormDialog } from './form-dialog';

/** The New (or Edit) maintenance window dialog, filled in by its visible labels. */
export class MaintenanceDialog extends FormDialog {
  constructor(page: Page, name: string) {
    super(page, name, /Create window|Save/);
  }

  async fill(fields: {
    title?: string;
    start?: string;
    end?: string;
    services?: string;
    timeZone?: string;
    notes?: string;
  }): Promise<void> {
    if (fields.title !== undefined) await this.root.getByLabel('Title').fill(fields.title);
    if (fields.start !== undefined) await this.root.getByLabel('Start').fill(fields.start);
    if (fields.end !== undefined) await this.root.getByLabel('End').fill(fields.end);
    if (fields.services !== undefined) await this.root.getByLabel('Affected services').fill(fields.services);
    if (fields.timeZone !== undefined)
      await this.root.getByLabel('Time zone', { exact: true }).fill(fields.timeZone);
    if (fields.notes !== undefined) await this.root.getByLabel('Notes').fill(fields.notes);
  }

  /** The Repeat control (issue 11). */
  get repeatControl(): Locator {
    return this.root.getByRole('group', { name: 'Repeat' });
  }

  /**
   * Sets how the window repeats, by the words the control shows: `choice` is an option's label
   * or its start ("Monthly on the"), `every` the interval, and when the repeats end.
   */
  async repeat(
    choice: string | RegExp,
    options: { every?: number; endsAfter?: number; endsOn?: string } = {},
  ): Promise<void> {
    const select = this.repeatControl.getByLabel('Repeats', { exact: true });
    // The edit dialog loads on first use (issue 13): wait for the control before reading its options.
    await select.waitFor();
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((text) =>
      typeof choice === 'string' ? text.startsWith(choice) : choice.test(text),
    );
    if (!label) throw new Error(`no Repeat option ${String(choice)} in ${labels.join(' / ')}`);
    await select.selectOption({ label });
    if (options.every !== undefined)
      await this.repeatControl.getByLabel(/^Every/).fill(String(options.every));
    if (options.endsAfter !== undefined) {
      await this.repeatControl.getByRole('radio', { name: 'After' }).check();
      await this.repeatControl.getByLabel('Number of windows').fill(String(options.endsAfter));
    }
    if (options.endsOn !== undefined) {
      await this.repeatControl.getByRole('radio', { name: 'On', exact: true }).check();
      await this.repeatControl.getByLabel('Last day of the repeats').fill(options.endsOn);
    }
  }
}
