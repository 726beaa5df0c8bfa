import type { Locator, Page } from 'playwright-core';
import { PersonPicker } from './person-picker';

/** The Work view: every checklist item and maintenance step, grouped, ticked and edited in place. */
export class WorkPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Work', exact: true });
  }

  /** Switches to Work with the calendar's fifth view switch. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Work', exact: true }).first().click();
    await this.root.waitFor();
  }

  /** Back to the calendar through the Work view's own switches (Month, Week, Day, List). */
  async showCalendar(view: 'Month' | 'Week' | 'Day' | 'List' = 'Month'): Promise<void> {
    await this.root
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: view, exact: true })
      .click();
    await this.root.waitFor({ state: 'detached' });
  }

  async groupBy(label: 'Due date' | 'Person' | 'Team' | 'Launch'): Promise<void> {
    await this.root.getByLabel('Group by').selectOption({ label });
  }

  /** A group by its heading, e.g. `Overdue` or a person's name. */
  group(label: string): Locator {
    return this.root.getByRole('region', { name: label, exact: true });
  }

  /** The group headings as shown, e.g. `Today (3)`. */
  async groupHeadings(): Promise<string[]> {
    return this.root.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  /** Every row shown (in open groups). */
  get rows(): Locator {
    return this.root.locator('li[data-row-id]');
  }

  /** The row of item `title` that belongs to the launch or window `parent`. */
  row(title: string, parent: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('checkbox', { name: title, exact: true }) }).filter({
      has: this.page.getByRole('button', { name: new RegExp(`^(Launch|Window): ${escape(parent)}$`) }),
    });
  }

  /** `[title, parent]` of every row shown, in order. */
  async shown(): Promise<[string, string][]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row): [string, string] => [
        row.querySelector('input[type=checkbox]')?.getAttribute('aria-label') ?? '',
        (row.querySelector('.work-row__parent')?.textContent ?? '').replace(/^(Launch|Window): /, ''),
      ]),
    );
  }

  /** The row's owner field: a PersonPicker (type-ahead over the people list). */
  owner(title: string, parent: string): PersonPicker {
    return PersonPicker.within(this.row(title, parent), `Owner of ${title}`);
  }

  /** Assigns an item to someone already in the people list, picked as they are typed. */
  async assign(title: string, parent: string, person: string): Promise<void> {
    await this.owner(title, parent).choose(person);
  }

  /** Assigns an item to a new person, confirming the picker's “Create ‘Dana’?”. */
  async assignNew(title: string, parent: string, person: string): Promise<void> {
    await this.owner(title, parent).create(person);
  }

  async setDue(title: string, parent: string, day: string): Promise<void> {
    const field = this.row(title, parent).getByLabel(`Due date of ${title}`, { exact: true });
    await field.fill(day);
    await field.press('Enter');
  }

  async tick(title: string, parent: string): Promise<void> {
    await this.row(title, parent).getByRole('checkbox', { name: title, exact: true }).click();
  }

  /** The workload button of a person's week (its name starts with the person). */
  workloadWeek(person: string): Locator {
    return this.root.getByRole('list', { name: `Workload of ${person}` }).getByRole('button');
  }

  /** The `data-row-id` of the focused row, or null when focus is elsewhere. */
  async focusedRowId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-row-id') ?? null);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
