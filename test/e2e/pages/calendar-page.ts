import type { Locator, Page } from 'playwright-core';
import { dayCell, dragTo } from '../calendar-helpers';
import { AnnouncementDialog } from './announcement-dialog';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';
import { MaintenanceDialog } from './maintenance-dialog';

/**
 * The main window as a planner sees it: the toolbar, the month calendar and the side panel.
 * Tests read as stories: `await calendar.newAnnouncement()` returns the dialog to fill in.
 */
export class CalendarPage {
  constructor(readonly page: Page) {}

  /** The toolbar button with this visible name. */
  toolbarButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async newAnnouncement(): Promise<AnnouncementDialog> {
    await this.toolbarButton('New announcement').click();
    const dialog = new AnnouncementDialog(this.page, 'New announcement');
    await dialog.root.waitFor();
    return dialog;
  }

  async openImport(): Promise<ImportDialog> {
    await this.toolbarButton('Import').click();
    const dialog = new ImportDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  async openExport(): Promise<ExportDialog> {
    await this.toolbarButton('Export').click();
    const dialog = new ExportDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  async newMaintenanceWindow(): Promise<MaintenanceDialog> {
    await this.toolbarButton('New maintenance window').click();
    const dialog = new MaintenanceDialog(this.page, 'New maintenance window');
    await dialog.root.waitFor();
    return dialog;
  }

  /** The month-view cell of a day (`yyyy-MM-dd`). */
  day(day: string): Locator {
    return dayCell(this.page, day);
  }

  /** The calendar item titled `title` on a day, as a person finds it: by its text. */
  item(day: string, title: string): Locator {
    return this.day(day).getByText(title);
  }

  /** Waits until the item titled `title` shows on that day. */
  async expectItemOn(day: string, title: string): Promise<void> {
    await this.item(day, title).first().waitFor();
  }

  async dragItem(fromDay: string, title: string, toDay: string): Promise<void> {
    await dragTo(this.page, this.item(fromDay, title), this.day(toDay));
  }

  /** Opens the item's side panel by clicking it on the calendar. */
  async openItem(day: string, title: string): Promise<Locator> {
    await this.item(day, title).first().click();
    const panel = this.page
      .getByRole('complementary')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
    await panel.waitFor();
    return panel;
  }

  /** Reloads the window, as a planner closing and reopening Tierline does, and waits for the plan. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.toolbarButton('New announcement').waitFor();
  }
}
