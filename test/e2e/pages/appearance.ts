import type { Locator, Page } from 'playwright-core';
import { dayCell } from '../calendar-helpers';
import { chooseToolbarAction } from './toolbar';

/** Relative luminance (WCAG) of a CSS `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Settings → Appearance, and what the calendar looks like, read the way a browser paints it. */
export class AppearancePage {
  constructor(readonly page: Page) {}

  /** Picks System, Light or Dark in Settings and saves. */
  async choose(appearance: 'System' | 'Light' | 'Dark'): Promise<void> {
    await chooseToolbarAction(this.page, 'Settings');
    const dialog: Locator = this.page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Appearance').selectOption({ label: appearance });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The colour painted behind a month day cell: the first non-transparent background up its ancestors. */
  async calendarBackground(day: string): Promise<string> {
    return dayCell(this.page, day).evaluate((cell) => {
      for (let element: Element | null = cell; element; element = element.parentElement) {
        const color = getComputedStyle(element).backgroundColor;
        if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
      }
      return getComputedStyle(document.body).backgroundColor;
    });
  }

  /** Whether that background is dark: luminance under 0.2 (white is 1, #1a1e26 about 0.012). */
  async calendarIsDark(day: string): Promise<boolean> {
    return luminance(await this.calendarBackground(day)) < 0.2;
  }
}
