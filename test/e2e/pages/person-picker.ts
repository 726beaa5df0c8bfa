import type { Locator } from 'playwright-core';

/**
 * An owner or assignee field (renderer/components/PersonPicker) as a planner uses it: type part
 * of a name, pick from the list, or confirm “Create ‘Dana’?”. `within(scope, label)` finds the
 * combobox by its visible label.
 */
export class PersonPicker {
  constructor(readonly input: Locator) {}

  static within(scope: Locator, label: string): PersonPicker {
    return new PersonPicker(scope.getByRole('combobox', { name: label, exact: true }));
  }

  /** The open list of people (and the Create option), found through the combobox's aria-controls. */
  async list(): Promise<Locator> {
    const id = await this.input.getAttribute('aria-controls');
    return this.input.page().locator(`[id="${id ?? ''}"]`);
  }

  /** Types `text` and waits for the list to show. */
  async type(text: string): Promise<Locator> {
    await this.input.fill(text);
    const list = await this.list();
    await list.waitFor();
    return list;
  }

  /** Picks an existing person by (part of) their name. */
  async choose(name: string): Promise<void> {
    const list = await this.type(name);
    // Held before the click: a filtered list (the Work view's Owner filter) may drop the row at once.
    const field = await this.input.elementHandle();
    await list.getByRole('option', { name }).first().click();
    await this.input
      .page()
      .waitForFunction(
        (element) => !element?.isConnected || element.getAttribute('aria-expanded') === 'false',
        field,
      );
  }

  /** Types a new name and confirms “Create ‘name’?”. */
  async create(name: string): Promise<void> {
    const list = await this.type(name);
    await list.getByRole('option', { name: `Create “${name.trim().replace(/\s+/g, ' ')}”?` }).click();
  }

  /** The name the field shows now. */
  async value(): Promise<string> {
    return this.input.inputValue();
  }
}
