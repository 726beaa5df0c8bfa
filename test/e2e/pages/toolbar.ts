import type { Page } from 'playwright-core';

/**
 * Clicks a toolbar action by name wherever the window's width put it: on the toolbar, or in the
 * More menu it folds into in a narrow window.
 */
export async function chooseToolbarAction(page: Page, name: string): Promise<void> {
  const button = page
    .getByRole('toolbar', { name: 'Plan actions' })
    .getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name, exact: true }).click();
}
