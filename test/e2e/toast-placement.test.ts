import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { WelcomePanel } from './pages/welcome';

type Box = { x: number; y: number; width: number; height: number };
type Control = { name: string; box: Box };

/**
 * Every control a person might reach for while a toast shows (buttons, fields, tabs, links: the
 * toolbar, the calendar header, the month's bottom row, the side panel's footer, anything else),
 * outside the toast itself, with its box on screen.
 */
async function visibleControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const selector =
      'button, input, select, textarea, a[href], [role="button"], [role="tab"], [tabindex="0"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('.toast-region') && element.checkVisibility())
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return {
          name: (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName)
            .trim()
            .slice(0, 40),
          box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        };
      })
      .filter(
        ({ box }) => box.width > 0 && box.height > 0 && box.y < window.innerHeight && box.y + box.height > 0,
      );
  });
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('toasts never cover a control', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await new WelcomePanel(app.page).loadSamplePlan();
  });
  afterAll(async () => {
    await app.close();
  });

  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const) {
    it(`at ${width}×${height}, with the side panel open and a long toast showing`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      const calendar = new CalendarPage(page);
      // A launch in the month's last row, so its chips and "+N more" links sit where toasts used to.
      await calendar.openItem('2027-01-09', 'Keyboard shortcuts in insights');
      await page.keyboard.press('Alt+ArrowRight');
      const toast = page.getByRole('status').locator('.toast');
      await toast.getByText('Moved the launch').waitFor();
      const toastBox = await toast.boundingBox();
      expect(toastBox).not.toBeNull();
      const controls = await visibleControls(page);
      // The probe sees the controls that matter, or it proves nothing.
      const names = controls.map((control) => control.name);
      for (const expected of ['New announcement', 'Month', 'Delete', 'Remove sample plan'])
        expect(names.some((name) => name.startsWith(expected))).toBe(true);
      expect(
        controls.filter((control) => control.box.y + control.box.height > height - 140).length,
      ).toBeGreaterThan(3);
      const covered = controls
        .filter((control) => intersects(control.box, toastBox!))
        .map((control) => control.name);
      expect(covered).toEqual([]);
      // Still inside the window, and whole.
      expect(toastBox!.y + toastBox!.height).toBeLessThanOrEqual(height);
      await screenshot(page, `toast-${width}x${height}`);
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Escape');
    });
  }
});
