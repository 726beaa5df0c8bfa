import type { Locator, Page } from 'playwright-core';

/** The one filter bar over the calendar and the Work view, used by its visible labels. */
export class FilterBar {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Filters' });
  }

  /** Picks `option` (its visible text) in the control labelled `label` (Owner, Team, Tier, Kind, Status). */
  async choose(label: 'Owner' | 'Team' | 'Tier' | 'Kind' | 'Status', option: string): Promise<void> {
    await this.root.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** The visible text of the option selected in a control. */
  async chosen(label: 'Owner' | 'Team' | 'Tier' | 'Kind' | 'Status'): Promise<string> {
    return this.root
      .getByLabel(label, { exact: true })
      .evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  /** Every option a control offers, as its visible text (its "Any …" first). */
  async options(label: 'Owner' | 'Team' | 'Tier' | 'Kind' | 'Status'): Promise<string[]> {
    return this.root
      .getByLabel(label, { exact: true })
      .evaluate((select) => [...(select as HTMLSelectElement).options].map((option) => option.text));
  }

  get mine(): Locator {
    return this.root.getByRole('button', { name: 'Mine', exact: true });
  }

  /** The active filters as their chips read, e.g. `Owner: Priya`. */
  async chips(): Promise<string[]> {
    // The bar loads just after the month view (issue 13): read it once it is there.
    await this.root.waitFor();
    const list = this.root.getByRole('list', { name: 'Active filters' });
    if ((await list.count()) === 0) return [];
    const names = await list
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.replace(/^Remove filter /, ''));
  }

  async removeChip(text: string): Promise<void> {
    await this.root.getByRole('button', { name: `Remove filter ${text}`, exact: true }).click();
  }

  async clear(): Promise<void> {
    await this.root.getByRole('button', { name: 'Clear filters' }).click();
  }
}
