import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { holdChunk, holdLateStyles, type HeldChunk } from './pages/held-chunks';
import { readPlanSnapshot } from './pages/plan-snapshot';

/*
 * Issue 13: what the first month view does not need loads after it (search, filters, side
 * panels, the drop handlers' writes). A planner must not be able to tell: nothing moves when a part
 * arrives, and a shortcut or a drop made while its part loads waits for it instead of being lost.
 */

type Box = { name: string; x: number; y: number; width: number; height: number };

/** Where every toolbar control and the calendar's first row are, rounded to whole pixels. */
async function layout(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    const add = (name: string, element: Element | null) => {
      if (!element) return;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return;
      const round = Math.round;
      boxes.push({
        name,
        x: round(rect.x),
        y: round(rect.y),
        width: round(rect.width),
        height: round(rect.height),
      });
    };
    document
      .querySelectorAll('[role="toolbar"] > button, [role="toolbar"] .more-menu > button')
      .forEach((button) => add(button.textContent ?? '', button));
    add('toolbar', document.querySelector('[role="toolbar"]'));
    add('first day', document.querySelector('[data-date="2026-12-02"]'));
    return boxes;
  });
}

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the parts that load after the month view', () => {
  it.each([
    [1280, 800],
    [1024, 700],
  ])('leave the toolbar and the calendar where they were at %i×%i while they load', async (width, height) => {
    const held: HeldChunk[] = [];
    app = await openApp({
      beforeLoad: async (page) => {
        await page.setViewportSize({ width, height });
        held.push(
          await holdChunk(page, 'SearchBox'),
          await holdChunk(page, 'PlanFilterBar'),
          // The late parts' styles too: the calendar's height once came with the filter bar's.
          await holdLateStyles(page),
        );
      },
    });
    const { page } = app;
    await Promise.all(held.map((chunk) => chunk.requested));
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    // Still loading: the search box and the filters are not there yet.
    expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Filters' }).count()).toBe(0);
    const loading = await layout(page);
    await screenshot(page, `start-up-parts-loading-${width}`);

    for (const chunk of held) chunk.release();
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    await page.getByRole('region', { name: 'Filters' }).waitFor();
    await screenshot(page, `start-up-parts-loaded-${width}`);
    expect(loading.length).toBeGreaterThan(5);
    expect(await layout(page)).toEqual(loading);
  });

  it.each([['Control+K'], ['/']])(
    'keeps %s pressed before the search box loaded, and puts the keyboard in the box once it has',
    async (key) => {
      let search: HeldChunk | undefined;
      app = await openApp({
        beforeLoad: async (page) => {
          search = await holdChunk(page, 'SearchBox');
        },
      });
      const { page } = app;
      await search?.requested;
      await page.keyboard.press(key);
      expect(await page.getByRole('combobox', { name: 'Search' }).count()).toBe(0);
      search?.release();
      const box = page.getByRole('combobox', { name: 'Search' });
      await box.waitFor();
      await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
      // Sent once, not twice: the box holds no stray slash.
      expect(await box.inputValue()).toBe('');
    },
  );

  it('keeps e pressed on a selected launch before the side panel loaded, and opens its editor once it has', async () => {
    let panel: HeldChunk | undefined;
    app = await openApp({
      beforeLoad: async (page) => {
        panel = await holdChunk(page, 'DetailsPanel');
      },
    });
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Edited early', tier: 'Minor', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', 'Edited early');
    await panel?.requested;
    await calendar.item('2026-12-09', 'Edited early').first().click();
    await page.keyboard.press('e');
    expect(await page.getByRole('dialog', { name: /Edit/ }).count()).toBe(0);
    panel?.release();
    const edit = page.getByRole('dialog', { name: /Edit/ });
    await edit.waitFor();
    expect(await edit.getByLabel('Title').inputValue()).toBe('Edited early');
  });

  it('saves a drop made while the calendar’s write code is still loading', async () => {
    let writes: HeldChunk | undefined;
    app = await openApp({
      beforeLoad: async (page) => {
        writes = await holdChunk(page, 'calendar-writes');
      },
    });
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Dropped early', tier: 'Minor', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', 'Dropped early');
    await calendar.dragItem('2026-12-09', 'Dropped early', '2026-12-16');
    await writes?.requested;
    const launchDate = async () =>
      ((await readPlanSnapshot(page)).announcements as { title: string; launchDate: string }[]).find(
        (row) => row.title === 'Dropped early',
      )?.launchDate;
    // Not written yet: the write waits for its code.
    expect(await launchDate()).toBe('2026-12-09');
    writes?.release();
    await page.getByText('Moved the launch; its checklist followed.').waitFor();
    expect(await launchDate()).toBe('2026-12-16');
    await calendar.reload();
    await calendar.expectItemOn('2026-12-16', 'Dropped early');
    expect(await calendar.item('2026-12-09', 'Dropped early').count()).toBe(0);
  });
});
