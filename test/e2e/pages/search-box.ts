import type { Locator, Page } from 'playwright-core';

/**
 * The toolbar's search box as a planner uses it: type words, read the results, open one by mouse
 * or keyboard. Results are found by their visible text, the way a person reads the list.
 */
export class SearchBox {
  constructor(readonly page: Page) {}

  get input(): Locator {
    return this.page.getByRole('combobox', { name: 'Search' });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  /** The line under the box: "2 results", "No results for “…”". */
  get summary(): Locator {
    return this.page.locator('.search-box').getByRole('status');
  }

  /** The result whose text contains `text` (kind, title, launch, date). */
  result(text: string | RegExp): Locator {
    return this.results.getByRole('option').filter({ hasText: text });
  }

  /** The result the arrow keys have reached: the one Enter opens. */
  get activeResult(): Locator {
    return this.results.locator('[role="option"][aria-selected="true"]');
  }

  /** Clicks into the box and types `query` there, as a person does. */
  async search(query: string): Promise<void> {
    await this.input.click();
    await this.input.fill('');
    await this.input.pressSequentially(query);
  }

  /** The visible text of every result, in order. */
  async resultTexts(): Promise<string[]> {
    return this.results.getByRole('option').allInnerTexts();
  }

  /** The words shown as matched (highlighted) in a result. */
  async highlighted(result: Locator): Promise<string[]> {
    return result.locator('mark').allInnerTexts();
  }
}
