import type { Page } from 'playwright-core';
import { FormDialog } from './form-dialog';

/** The New (or Edit) announcement dialog, filled in by its visible labels. */
export class AnnouncementDialog extends FormDialog {
  constructor(page: Page, name: string) {
    super(page, name, /Create announcement|Save/);
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
}
