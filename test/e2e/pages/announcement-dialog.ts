import { DiscardQuestion } from './discard-question';
import type { Locator, Page } from 'playwright-core';
import { DateQuestionPart, fieldDescription } from './field-messages';

/** The New (or Edit) announcement dialog, filled in by its visible labels. */
export class AnnouncementDialog {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.root = page.getByRole('dialog', { name });
  }

  async fill(fields: {
    title?: string;
    tier?: string;
    launchDate?: string;
    launchTime?: string;
    summary?: string;
  }): Promise<void> {
    if (fields.title !== undefined) await this.root.getByLabel('Title').fill(fields.title);
    if (fields.tier !== undefined) await this.root.getByLabel('Tier').selectOption({ label: fields.tier });
    if (fields.launchDate !== undefined) await this.root.getByLabel('Launch date').fill(fields.launchDate);
    if (fields.launchTime !== undefined) await this.root.getByLabel('Launch time').fill(fields.launchTime);
    if (fields.summary !== undefined) await this.root.getByLabel('Summary').fill(fields.summary);
  }

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /Create announcement|Save/ }).click();
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

  /** Waits for a message in the dialog, such as a field's error. */
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
