import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { busyMonth } from './fixtures/busy-month';
import { MonthView } from './pages/month-view';
import { chooseToolbarAction } from './pages/toolbar';

describe('the hover card goes when its chip does: "+N more", Escape, the pointer leaving', () => {
  let app: AppSession;
  let month: MonthView;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    month = new MonthView(app.page);
    await month.seed(busyMonth());
    // Checklist chips fill the busiest days past four items, so "+N more" shows.
    await chooseToolbarAction(app.page, 'Settings');
    const settings = app.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Show checklist items on the calendar').check();
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.waitFor({ state: 'hidden' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('closes the card when "+N more" opens the day list under a resting pointer', async () => {
    const { page } = app;
    const { link, day } = month.firstMore();
    await link.waitFor();
    // The keyboard opens the day list while the pointer rests on a chip of that day.
    await link.evaluate((element) => element.closest<HTMLElement>('a, button, [tabindex]')?.focus());
    await day.locator('[data-event-id]').first().hover();
    await month.card.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Month', selected: true }).waitFor({ state: 'detached' });
    await expect.poll(() => month.card.count()).toBe(0);
    await screenshot(page, 'hover-card-after-more');
    await page.getByRole('tab', { name: 'Month' }).click();
    await page.getByRole('tab', { name: 'Month', selected: true }).waitFor();
  });

  it('closes the card on Escape', async () => {
    const { page } = app;
    const { day } = month.firstMore();
    await day.locator('[data-event-id]').first().hover();
    await month.card.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => month.card.count()).toBe(0);
  });

  it('closes the card when the pointer leaves the chip', async () => {
    const { page } = app;
    const { day } = month.firstMore();
    const away = page.getByRole('toolbar', { name: 'Plan actions' });
    await away.hover({ position: { x: 4, y: 4 } });
    await day.locator('[data-event-id]').first().hover();
    await month.card.waitFor();
    await away.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => month.card.count()).toBe(0);
  });
});
