import type { Page } from 'playwright-core';
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
}
