import type { Locator, Page } from 'playwright-core';
import { AnnouncementDialog } from './announcement-dialog';

/** The welcome an empty plan shows above the calendar, and the line that removes the sample plan. */
export class WelcomePanel {
  readonly root: Locator;
  readonly sampleLine: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Welcome to Tierline' });
    this.sampleLine = page.getByRole('region', { name: 'Sample plan' });
  }

  /** Loads the sample quarter and waits for the line that can remove it again. */
  async loadSamplePlan(): Promise<void> {
    await this.root.getByRole('button', { name: 'Load a sample plan' }).click();
    await this.sampleLine.waitFor();
  }

  async createFirstLaunch(): Promise<AnnouncementDialog> {
    await this.root.getByRole('button', { name: 'Create your first launch' }).click();
    const dialog = new AnnouncementDialog(this.page, 'New announcement');
    await dialog.root.waitFor();
    return dialog;
  }

  /** Removes the sample plan in one click and waits for the line to go. */
  async removeSamplePlan(): Promise<void> {
    await this.sampleLine.getByRole('button', { name: 'Remove sample plan' }).click();
    await this.sampleLine.waitFor({ state: 'hidden' });
  }
}
