import type { Locator, Page } from 'playwright-core';
import { DiscardQuestion } from './discard-question';
import { DateQuestionPart, fieldDescription } from './field-messages';

/**
 * What every form dialog offers a planner, whatever it plans: submit, cancel (or discard changes),
 * the messages beside its fields and the far-off date question. Each dialog's page object adds
 * its own fields.
 */
export abstract class FormDialog {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    name: string,
    private readonly submitLabel: RegExp,
  ) {
    this.root = page.getByRole('dialog', { name });
  }

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: this.submitLabel }).click();
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
