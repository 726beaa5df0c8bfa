import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { dayCell } from './calendar-helpers';
import { busyMonth } from './fixtures/busy-month';
import { expectNoAxeViolations } from './pages/accessibility';
import { MonthView } from './pages/month-view';

describe('at 1024×700 the toolbar fits on one line and the month fits the window', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1024, height: 700 });
    await new MonthView(app.page).seed(busyMonth());
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps every toolbar control whole, on one line, inside the window', async () => {
    const boxes = await app.page
      .getByRole('toolbar', { name: 'Plan actions' })
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons
          .filter((button) => button.getClientRects().length > 0)
          .map((button) => {
            const box = button.getBoundingClientRect();
            return {
              name: button.textContent ?? '',
              top: Math.round(box.top),
              right: box.right,
              cut: button.scrollWidth > button.clientWidth,
            };
          }),
      );
    expect(boxes.map((box) => box.name)).toContain('More ▾');
    expect(new Set(boxes.map((box) => box.top)).size).toBe(1);
    expect(boxes.filter((box) => box.cut || box.right > 1024).map((box) => box.name)).toEqual([]);
  });

  it('shows the whole month, its last week included, without scrolling', async () => {
    const last = await dayCell(app.page, '2026-12-31').boundingBox();
    expect(last).not.toBeNull();
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(700);
    await screenshot(app.page, 'small-window-1024x700');
  });

  it('opens Settings from the More menu by keyboard, and Escape hands focus back', async () => {
    const { page } = app;
    const more = page.getByRole('button', { name: 'More', exact: true });
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More actions' });
    await menu.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const box = await menu.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
    await expectNoAxeViolations(page, '.more-menu');
    await screenshot(page, 'small-window-more-menu');
    // First item has focus; End goes to the last; Escape closes and returns to the button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
  });

  it('has a favicon, so the browser asks for nothing that is missing', async () => {
    const href = await app.page
      .locator('link[rel="icon"]')
      .evaluate((link) => (link as HTMLLinkElement).href);
    const response = await app.page.request.get(href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<svg');
  });
});
