import type { Locator, Page } from 'playwright-core';

/** The month-view cell of a day; FullCalendar v7 marks day cells with data-date. */
export function dayCell(page: Page, day: string): Locator {
  return page.locator(`[role="cell"][data-date="${day}"]`).first();
}

/** Drags with real mouse events, in small steps, the way a person's hand moves. */
export async function dragTo(
  page: Page,
  from: Locator,
  to: Locator,
  offset: { x?: number; y?: number } = {},
): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('Cannot drag: an element is not on screen.');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 3 });
  await page.mouse.move(
    target.x + target.width / 2 + (offset.x ?? 0),
    target.y + target.height / 2 + (offset.y ?? 0),
    { steps: 12 },
  );
  await page.mouse.up();
}

/** The screen point of a time on a day in week view: the day's column, the time's slot row. */
export async function timeGridPoint(
  page: Page,
  day: string,
  time: string,
  within: 'top' | 'bottom' = 'top',
): Promise<{ x: number; y: number }> {
  const column = await page.locator(`[role="columnheader"][data-date="${day}"]`).boundingBox();
  const slot = await page.locator(`[data-time="${time}:00"]`).last().boundingBox();
  if (!column || !slot) throw new Error(`No slot for ${day} ${time} on screen.`);
  return { x: column.x + column.width / 2, y: within === 'top' ? slot.y + 4 : slot.y + slot.height - 4 };
}

/**
 * Where `item` is once it has stopped moving: the time grid scrolls to its hours after the view
 * shows, so a box read at once may be the one from before the scroll.
 */
export async function steadyBox(
  item: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = await item.boundingBox();
  for (let read = 0; read < 50; read += 1) {
    await item.page().waitForTimeout(50);
    const box = await item.boundingBox();
    if (
      box &&
      last &&
      box.x === last.x &&
      box.y === last.y &&
      box.width === last.width &&
      box.height === last.height
    )
      return box;
    last = box;
  }
  throw new Error('The item never stopped moving.');
}

/** Presses at one point and releases at another, moving in small steps. */
export async function dragBetween(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/**
 * The whole calendar item (FullCalendar's element, resize handle included) whose content is
 * titled `title`: the item content carries its title, as a tooltip does for people.
 */
export function calendarItem(page: Page, title: string): Locator {
  return page.getByLabel(title, { exact: false }).first().locator('xpath=..');
}
