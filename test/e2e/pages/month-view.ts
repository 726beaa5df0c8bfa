import type { Locator, Page } from 'playwright-core';
import { dayCell } from '../calendar-helpers';
import { writeRawRows } from './plan-snapshot';
import type { BusyMonth } from '../fixtures/busy-month';

/** What a chip shows: its visible text, and whether its title's first characters are on screen whole. */
export type ChipReading = { text: string; titleVisible: boolean };

/**
 * The month view as a reader meets it: chips on days, the card a hovered chip shows, the legend
 * that hides and shows tiers and window kinds.
 */
export class MonthView {
  constructor(readonly page: Page) {}

  /** The chip (FullCalendar's item element) on `day` whose label starts with or holds `title`. */
  chip(day: string, title: string): Locator {
    return dayCell(this.page, day).getByLabel(title, { exact: false }).first();
  }

  /**
   * What the chip shows on screen, and whether the first `chars` characters of its title lie
   * inside the title's box and the chip's box: not cut, not under an ellipsis.
   */
  async read(day: string, title: string, chars = 12): Promise<ChipReading> {
    return this.chip(day, title).evaluate((content, count) => {
      const titleSpan = content.querySelector('.cal-item__title');
      const text = titleSpan?.firstChild;
      if (!titleSpan || !text) return { text: '', titleVisible: false };
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(count, text.textContent?.length ?? 0));
      const glyphs = range.getBoundingClientRect();
      const box = titleSpan.getBoundingClientRect();
      const chip = (content.parentElement ?? content).getBoundingClientRect();
      const inside = (outer: DOMRect) => glyphs.left >= outer.left - 0.5 && glyphs.right <= outer.right + 0.5;
      // A title cut by text-overflow keeps room for its ellipsis: the glyphs must end before it.
      const ellipsis = titleSpan.scrollWidth > titleSpan.clientWidth ? 8 : 0;
      return {
        text: (content as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        titleVisible:
          inside(box) && inside(chip) && glyphs.right <= box.right - ellipsis + 0.5 && glyphs.width > 0,
      };
    }, chars);
  }

  /** Hovers the chip and returns the card it shows. */
  async hover(day: string, title: string): Promise<Locator> {
    await this.chip(day, title).hover();
    const card = this.page.getByTestId('item-card');
    await card.waitFor();
    return card;
  }

  /** The first "+N more" link of the month, and the day cell it sits in. */
  firstMore(): { link: Locator; day: Locator } {
    const link = this.page.getByText(/^\+\d+ more$/).first();
    const day = this.page.locator('[role="cell"][data-date]').filter({ has: link }).first();
    return { link, day };
  }

  /** The hover card, while one shows. */
  get card(): Locator {
    return this.page.getByTestId('item-card');
  }

  get legend(): Locator {
    return this.page.getByRole('group', { name: 'Legend: show or hide' });
  }

  /** The legend toggle of a tier or window kind, by its visible name (Major, Downtime…). */
  toggle(name: string): Locator {
    return this.legend.getByRole('button', { name, exact: true });
  }

  /** Lays the busy month straight into the plan database and reloads, as a planner reopening it. */
  async seed(plan: BusyMonth): Promise<void> {
    await writeRawRows(this.page, 'people', plan.people);
    await writeRawRows(this.page, 'announcements', plan.announcements);
    await writeRawRows(this.page, 'checklistItems', plan.checklistItems);
    await writeRawRows(this.page, 'maintenanceWindows', plan.maintenanceWindows);
    await this.page.reload();
    await this.page.getByRole('button', { name: 'New announcement' }).waitFor();
  }
}
