import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { AppearancePage } from './pages/appearance';
import { CalendarPage } from './pages/calendar-page';
import { MonthView } from './pages/month-view';
import { PlanLayout } from './pages/plan-layout';
import { WelcomePanel } from './pages/welcome';

const LAUNCH = { day: '2026-12-17', title: 'Session replay for mobile apps' };
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

describe('toolbar, filters and legend one line each, the whole month in view, at 1024×700 and 1280×800', () => {
  let app: AppSession;
  let layout: PlanLayout;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    layout = new PlanLayout(app.page);
    calendar = new CalendarPage(app.page);
    await new WelcomePanel(app.page).loadSamplePlan();
    await calendar.expectItemOn(LAUNCH.day, LAUNCH.title);
  });
  afterAll(async () => {
    await app.close();
  });

  for (const size of SIZES) {
    for (const theme of ['light', 'dark'] as const) {
      for (const panel of ['closed', 'open'] as const) {
        it(`${size.width}×${size.height}, ${theme}, side panel ${panel}`, async () => {
          const { page } = app;
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: theme });
          await expect
            .poll(() => new AppearancePage(page).calendarIsDark('2026-12-09'))
            .toBe(theme === 'dark');
          const aside = page
            .getByRole('complementary')
            .filter({ has: page.getByRole('heading', { name: LAUNCH.title }) });
          if (panel === 'open' && !(await aside.isVisible()))
            await calendar.openItem(LAUNCH.day, LAUNCH.title);
          if (panel === 'closed' && (await aside.isVisible())) {
            await page.keyboard.press('Escape');
            await aside.waitFor({ state: 'hidden' });
            // The chip that opened it now sits under the resting pointer again: Escape closed its card too.
            expect(await page.getByTestId('item-card').count()).toBe(0);
          }
          expect(await layout.linesOf(layout.toolbar)).toBe(1);
          expect(await layout.linesOf(layout.calendarHeader)).toBe(1);
          expect(await layout.linesOf(layout.filterLine)).toBe(1);
          expect(await layout.linesOf(layout.legendLine)).toBe(1);
          const last = await layout.lastWeek();
          if (last.clipped)
            await screenshot(page, `fit-${size.width}x${size.height}-${theme}-panel-${panel}-cut`);
          expect(last.clipped, `the week of ${last.day} is cut off`).toBe(false);
          expect(last.bottom).toBeLessThanOrEqual(size.height);
          // The launch is timed (16:00). Where its day column is too narrow for both, the title
          // leads and the time gives way (it stays in the label and the card).
          const chip = await new MonthView(page).read(LAUNCH.day, LAUNCH.title, 4);
          const narrow = size.width === 1024 && panel === 'open';
          expect(chip.titleVisible, `“${chip.text}”`).toBe(true);
          expect(chip.text.startsWith(narrow ? LAUNCH.title.slice(0, 4) : '16:00')).toBe(true);
          await screenshot(page, `fit-${size.width}x${size.height}-${theme}-panel-${panel}`);
          await expectNoAxeViolations(page);
        });
      }
    }
  }
});

describe('at 1024×700 with the side panel open, the folded filters and legend work by keyboard', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1024, height: 700 });
    await new WelcomePanel(app.page).loadSamplePlan();
    await new CalendarPage(app.page).openItem(LAUNCH.day, LAUNCH.title);
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens Filters, picks a tier, and Escape closes only the fold, focus back on its button', async () => {
    const { page } = app;
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    await filters.focus();
    await page.keyboard.press('Enter');
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    const tier = page.getByRole('region', { name: 'Filters' }).getByLabel('Tier', { exact: true });
    // The fold's controls follow its button in the tab order: Owner first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page
        .getByRole('region', { name: 'Filters' })
        .getByLabel('Owner', { exact: true })
        .getAttribute('id'),
    );
    await tier.selectOption({ label: 'Major' });
    await screenshot(page, 'fit-1024x700-filters-open');
    await expectNoAxeViolations(page, '.filter-bar');
    await tier.focus();
    await page.keyboard.press('Escape');
    const counted = page.getByRole('button', { name: 'Filters (1)', exact: true });
    expect(await counted.getAttribute('aria-expanded')).toBe('false');
    expect(await counted.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await tier.isVisible()).toBe(false);
    // The side panel stayed: that Escape was the fold's.
    await page.getByRole('heading', { name: LAUNCH.title }).waitFor();
  });

  it('hides a window kind from the folded legend, and a click outside closes it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    const downtime = page
      .getByRole('group', { name: 'Legend: show or hide' })
      .getByRole('button', { name: 'Downtime' });
    await downtime.click();
    expect(await downtime.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('heading', { name: LAUNCH.title }).click();
    expect(await downtime.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Legend (1 hidden)', exact: true }).waitFor();
    expect(await page.getByText('EU database upgrade').count()).toBe(0);
  });
});
