import type { Page } from 'playwright-core';

/** Week and day views as a reader sees them: what the time grid's scroller shows right now. */
export class TimeGrid {
  constructor(readonly page: Page) {}

  /** Switches view with its key (2 week, 3 day) and waits for its tab to be selected. */
  async show(view: 'Week' | 'Day'): Promise<void> {
    await this.page.keyboard.press(view === 'Week' ? '2' : '3');
    await this.page.getByRole('tab', { name: view, selected: true }).waitFor();
  }

  /**
   * Switches view with its tab, as a mouse user does, and waits until the view is on screen: its
   * tab selected and the stand-in shown while its code loads gone.
   */
  async choose(view: 'Week' | 'Day'): Promise<void> {
    await this.page.getByRole('tab', { name: view }).click();
    await this.page.getByRole('tab', { name: view, selected: true }).waitFor();
    await this.page.getByText('Opening the view…').waitFor({ state: 'detached' });
  }

  /** Pages forward or back with j/k until the grid shows `day` (and not `gone`, the day it left). */
  async pageTo(key: 'j' | 'k', day: string, gone: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.locator(`[data-date="${day}"]`).first().waitFor();
    await this.page.locator(`[data-date="${gone}"]`).first().waitFor({ state: 'detached' });
  }

  /**
   * Whether the first element showing `text` lies in the visible part of its scrolling time grid
   * (its top edge between the scroller's top and bottom), as a person looking at the screen sees it.
   */
  async onScreen(text: string): Promise<boolean> {
    return this.page
      .getByText(text, { exact: true })
      .first()
      .evaluate((element) => {
        let scroller: Element | null = element.parentElement;
        while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
          scroller = scroller.parentElement;
        if (!scroller) return false;
        const box = element.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return box.top >= view.top - 1 && box.top < view.bottom - 4;
      });
  }

  /** The first slot label (`HH:00`) whose row is on screen: where the view is scrolled to. */
  async firstHourShown(): Promise<string> {
    return this.page.evaluate(() => {
      const labels = [...document.querySelectorAll('*')].filter(
        (element) => element.children.length === 0 && /^\d{2}:00$/.test(element.textContent ?? ''),
      );
      for (const label of labels) {
        let scroller: Element | null = label.parentElement;
        while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
          scroller = scroller.parentElement;
        if (!scroller) continue;
        if (label.getBoundingClientRect().top >= scroller.getBoundingClientRect().top - 2)
          return label.textContent ?? '';
      }
      return '';
    });
  }
}
