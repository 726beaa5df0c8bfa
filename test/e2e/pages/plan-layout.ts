import type { Locator, Page } from 'playwright-core';

/** A box on screen, rounded to whole pixels. */
export type Box = { top: number; bottom: number; height: number };

/**
 * The main window's layout as a person sees it: the toolbar, the filter bar and the legend above
 * the calendar, read as lines of controls and boxes on screen.
 */
export class PlanLayout {
  readonly toolbar: Locator;
  readonly filterBar: Locator;
  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Plan actions' });
    this.filterBar = page.getByRole('region', { name: 'Filters' });
  }

  /** The calendar's own header: arrows, Today, the range's title, the view switches. */
  get calendarHeader(): Locator {
    return this.page.getByRole('button', { name: 'Today', exact: true }).locator('xpath=../..');
  }

  /** The filter bar's line of filters: the full controls, or the folded "Filters" button. */
  get filterLine(): Locator {
    return this.page.getByTestId('filter-line');
  }

  /** The legend's line: the full toggles, or the folded "Legend" button. */
  get legendLine(): Locator {
    return this.page.getByTestId('legend-line');
  }

  /**
   * How many lines the visible controls inside `area` sit on (controls whose vertical centres
   * lie within 6px share a line). An open fold-out is not part of its line.
   */
  async linesOf(area: Locator): Promise<number> {
    return area.evaluate((root) => {
      const controls = [...root.querySelectorAll('button, select, input, [role="group"] > span')].filter(
        (control) => control.getClientRects().length > 0 && !control.closest('.fold__popup'),
      );
      const centres = controls
        .map((control) => {
          const box = control.getBoundingClientRect();
          return box.top + box.height / 2;
        })
        .sort((a, b) => a - b);
      let lines = 0;
      let last = Number.NEGATIVE_INFINITY;
      for (const centre of centres) {
        if (centre - last > 6) lines += 1;
        last = centre;
      }
      return lines;
    });
  }

  /** The box of an element on screen. */
  async box(area: Locator): Promise<Box> {
    const box = await area.boundingBox();
    if (!box) throw new Error('Not on screen.');
    return { top: Math.round(box.y), bottom: Math.round(box.y + box.height), height: Math.round(box.height) };
  }

  /**
   * The month grid's last day cell: its bottom edge, and whether anything around it clips it
   * (a scroller it would have to be scrolled into, or the window's own bottom edge).
   */
  async lastWeek(): Promise<{ day: string; bottom: number; clipped: boolean }> {
    return this.page.evaluate(() => {
      const cells = [...document.querySelectorAll('[role="cell"][data-date]')].filter(
        (cell) => cell.getClientRects().length > 0,
      );
      const cell = cells.at(-1);
      if (!cell) return { day: '', bottom: 0, clipped: true };
      const bottom = cell.getBoundingClientRect().bottom;
      let clipped = bottom > window.innerHeight + 0.5;
      for (let element = cell.parentElement; element; element = element.parentElement) {
        const overflow = getComputedStyle(element).overflowY;
        if (overflow !== 'visible' && bottom > element.getBoundingClientRect().bottom + 0.5) clipped = true;
      }
      return { day: cell.getAttribute('data-date') ?? '', bottom, clipped };
    });
  }
}
