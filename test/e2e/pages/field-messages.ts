import type { Locator } from 'playwright-core';

/**
 * Everything a screen reader reads with the field labelled `label`: the texts of the elements its
 * aria-describedby names (hint, counter, error), joined by spaces. Empty when nothing describes it.
 */
export async function fieldDescription(root: Locator, label: string): Promise<string> {
  const field = root.getByLabel(label, { exact: true });
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts: string[] = [];
  for (const id of ids.split(' ').filter(Boolean)) {
    texts.push((await root.page().locator(`[id="${id}"]`).textContent()) ?? '');
  }
  return texts.join(' ');
}

/** The inline "Is 2062 right?" question under a date field, as a page object. */
export class DateQuestionPart {
  constructor(readonly root: Locator) {}

  /** The question group, found by the words it starts with. */
  get group(): Locator {
    return this.root.getByRole('group').filter({ hasText: /^Is \d{4} right\?/ });
  }

  async keep(year: string): Promise<void> {
    await this.root.getByRole('button', { name: `Yes, keep ${year}` }).click();
  }

  async change(): Promise<void> {
    await this.root.getByRole('button', { name: 'Change it' }).click();
  }
}
