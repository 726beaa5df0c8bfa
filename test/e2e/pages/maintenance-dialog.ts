import { DiscardQuestion } from './discard-question';
import type { Locator, Page } from 'playwright-core';
import { DateQuestionPart, fieldDescription } from './field-messages';

/** The New (or Edit) maintenance window dialog, filled in by its visible labels. */
export class MaintenanceDialog {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.root = page.getByRole('dialog', { name });
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

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /Create window|Save/ }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Cancel on a form with changes: it asks "Discard changes?", the planner discards, it closes. */
  async discard(): Promise<void> {
    await this.cancel();
    await new DiscardQuestion(this.root).discard();
    await this.root.waitFor({ state: 'hidden' });
  }

  async expectMessage(text: string | RegExp): Promise<void> {
    await this.root.getByText(text).first().waitFor();
  }

  /** The hint, counter and error a screen reader reads with the field labelled `label`. */
  async describe(label: string): Promise<string> {
    return fieldDescription(this.root, label);
  }

  /** The "Is 2062 right?" question the dialog asks before saving a far-off date. */
  get dateQuestion(): DateQuestionPart {
    return new DateQuestionPart(this.root);
  }

  async isOpen(): Promise<boolean> {
    return this.root.isVisible();
  }
}
