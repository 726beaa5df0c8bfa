import type { Locator, Page } from 'playwright-core';

/** The month-view cell of a day; FullCalendar v7 marks day cells with data-date. */
export function dayCell(page: Page, day: string): Locator {
  return page.locator(`[role="cell"][data-date="${day}"]`).first();
}

/** Drags with real mouse events, in small steps, the way a person's hand moves. */
export async function dragTo(page: Page, from: Locator, to: Locator, offset: { x?: number; y?: number } = {}): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('Cannot drag: an element is not on screen.');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2 + (offset.x ?? 0), target.y + target.height / 2 + (offset.y ?? 0), { steps: 12 });
  await page.mouse.up();
}
