import type { Locator } from 'playwright-core';

/** The "Discard changes?" question a dirty dialog shows inside itself before it closes. */
export class DiscardQuestion {
  readonly root: Locator;
  constructor(dialog: Locator) {
    this.root = dialog.getByRole('group', { name: 'Discard changes?' });
  }

  keepEditingButton(): Locator {
    return this.root.getByRole('button', { name: 'Keep editing' });
  }

  async keepEditing(): Promise<void> {
    await this.keepEditingButton().click();
  }

  async discard(): Promise<void> {
    await this.root.getByRole('button', { name: 'Discard' }).click();
  }

  async isShown(): Promise<boolean> {
    return this.root.isVisible();
  }
}
