import type { Locator, Page } from 'playwright-core';

/** The "This one or all?" question a drag of a repeating window's occurrence asks. */
export class SeriesQuestion {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'This one or all?' });
  }

  async thisOne(): Promise<void> {
    await this.root.getByRole('button', { name: 'This window only' }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  async all(): Promise<void> {
    await this.root.getByRole('button', { name: 'All windows in the series' }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await this.root.waitFor({ state: 'hidden' });
  }
}
