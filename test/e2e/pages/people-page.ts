import type { Locator, Page } from 'playwright-core';
import { DiscardQuestion } from './discard-question';

/**
 * Settings → People as a planner uses it: add people, edit them in place, merge and delete with
 * reassign. `await PeoplePage.open(page)` goes through the Settings dialog, as Backups does.
 */
export class PeoplePage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'People' });
  }

  static async open(page: Page): Promise<PeoplePage> {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'People…' }).click();
    const people = new PeoplePage(page);
    await people.root.waitFor();
    return people;
  }

  get addForm(): Locator {
    return this.root.getByRole('group', { name: 'Add a person' });
  }

  /** Fills the Add form and presses Add person. */
  async add(name: string, details: { team?: string; email?: string } = {}): Promise<void> {
    await this.addForm.getByLabel('Name', { exact: true }).fill(name);
    if (details.team !== undefined) await this.addForm.getByLabel('Team', { exact: true }).fill(details.team);
    if (details.email !== undefined) await this.addForm.getByLabel('Email (optional)').fill(details.email);
    await this.addForm.getByRole('button', { name: 'Add person' }).click();
    // Added (the form empties) or refused (a message beside the name): either way it is settled.
    const nameField = this.addForm.getByLabel('Name', { exact: true });
    await this.page.waitForFunction(
      ([field, form]) =>
        (field as HTMLInputElement | null)?.value === '' || form?.querySelector('[role="alert"]') !== null,
      [await nameField.elementHandle(), await this.addForm.elementHandle()] as const,
    );
  }

  /** The message beside the Add form's name field (empty when there is none). */
  async addError(): Promise<string> {
    const error = this.addForm.getByRole('alert');
    return (await error.count()) > 0 ? ((await error.first().textContent()) ?? '') : '';
  }

  /** The names in the list, in list order. */
  async names(): Promise<string[]> {
    const fields = this.root
      .getByRole('list', { name: 'People' })
      .getByRole('textbox', { name: /^Name of / });
    const values: string[] = [];
    for (const field of await fields.all()) values.push(await field.inputValue());
    return values;
  }

  row(name: string): Locator {
    return this.root
      .getByRole('list', { name: 'People' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('textbox', { name: `Name of ${name}`, exact: true }) });
  }

  /** Renames in place (Enter commits, as one undoable change). */
  async rename(from: string, to: string): Promise<void> {
    const field = this.row(from).getByRole('textbox', { name: `Name of ${from}`, exact: true });
    await field.fill(to);
    await field.press('Enter');
  }

  /** Ticks or clears Active; the box follows once the change is stored, so this waits for it. */
  async setActive(name: string, active: boolean): Promise<void> {
    const box = this.row(name).getByRole('checkbox', { name: 'Active' });
    if ((await box.isChecked()) !== active) await box.click();
    await this.page.waitForFunction(
      ([element, wanted]) => (element as HTMLInputElement | null)?.checked === wanted,
      [await box.elementHandle(), active] as const,
    );
  }

  async merge(from: string, into: string): Promise<void> {
    await this.row(from)
      .getByRole('button', { name: `Merge ${from}…` })
      .click();
    const question = this.root.getByRole('group', { name: `Merge ${from}` });
    await question.getByRole('combobox').selectOption({ label: into });
    await question.getByRole('button', { name: 'Merge', exact: true }).click();
    await question.waitFor({ state: 'detached' });
  }

  /** Deletes `name`, giving what they own to `to` (or "Nobody"); returns the question's text. */
  async delete(name: string, to: string): Promise<string> {
    await this.row(name)
      .getByRole('button', { name: `Delete ${name}…` })
      .click();
    const question = this.root.getByRole('group', { name: `Delete ${name}` });
    const text = (await question.textContent()) ?? '';
    const select = question.getByRole('combobox');
    if ((await select.count()) > 0) await select.selectOption({ label: to });
    await question.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await question.waitFor({ state: 'detached' });
    return text;
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** Cancel while the Add form still holds typing: it asks "Discard changes?", and the planner discards. */
  async discardAndClose(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await new DiscardQuestion(this.root).discard();
    await this.root.waitFor({ state: 'hidden' });
  }
}
