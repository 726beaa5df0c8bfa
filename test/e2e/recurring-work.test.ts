import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WindowOccurrence } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { CalendarPage } from './pages/calendar-page';
import { SeriesQuestion } from './pages/series-question';
import { WorkPage } from './pages/work-page';

// Issue 11: a weekly window's occurrences are work too: each has its own steps in the Work view.
const TITLE = 'Weekly cache flush';
const STEP = 'Remove the Notification Bar banner';

describe('a weekly window in the Work view and the Conflicts panel', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists each occurrence’s own steps, and a tick in the Work view ticks that occurrence only', async () => {
    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      title: TITLE,
      start: '2026-12-08T06:00',
      end: '2026-12-08T07:00',
      timeZone: 'Europe/London',
      services: 'CDN',
    });
    // The start's own weekday always repeats: it shows ticked and fixed once Weekly is chosen.
    expect(await dialog.repeatControl.getByRole('checkbox', { name: 'Tue' }).count()).toBe(0);
    await dialog.repeat('Weekly', { endsAfter: 4 });
    const tuesday = dialog.repeatControl.getByRole('checkbox', { name: 'Tue' });
    expect([await tuesday.isChecked(), await tuesday.isDisabled()]).toEqual([true, true]);
    await dialog.submit();
    await calendar.expectItemOn('2026-12-15', TITLE);
    const work = new WorkPage(app.page);
    await work.open();
    const rows = work.row(STEP, TITLE);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    await rows.nth(1).getByRole('checkbox', { name: STEP, exact: true }).click();
    await expect
      .poll(async () => (await readStore<WindowOccurrence>(app.page, 'windowOccurrences')).length)
      .toBe(1);
    const [row] = await readStore<WindowOccurrence>(app.page, 'windowOccurrences');
    expect(row?.originalStart).toBe('2026-12-15T06:00:00.000Z');
    expect(row?.comms['notification-bar-off']?.done).toBe(true);
    // The other three occurrences' steps stay open (a done row may leave the open list, or show ticked).
    await expect.poll(() => rows.locator('input[type=checkbox]:not(:checked)').count()).toBe(3);
  });

  it('counts a clash between an occurrence and a one-off window in the Conflicts panel', async () => {
    const work = new WorkPage(app.page);
    await work.showCalendar('Month');
    const calendar = new CalendarPage(app.page);
    const other = await calendar.newMaintenanceWindow();
    await other.fill({
      title: 'Network change',
      start: '2026-12-22T06:30',
      end: '2026-12-22T08:00',
      timeZone: 'Europe/London',
      services: 'CDN',
    });
    await other.submit();
    await app.page.getByRole('button', { name: 'Conflicts (1)' }).first().waitFor();
    // The clashing occurrence shows the conflict mark itself; the series' other weeks show none.
    const mark = (day: string) =>
      calendar
        .day(day)
        .getByLabel(TITLE, { exact: false })
        .first()
        .getByRole('img', { name: '1 conflict', exact: true });
    await mark('2026-12-22').waitFor();
    expect(await mark('2026-12-15').count()).toBe(0);
    expect(await calendar.item('2026-12-15', TITLE).count()).toBe(1);
    await screenshot(app.page, 'recurring-occurrence-conflict');
  });

  it('retimes one occurrence from its panel after "This one or all?", and the clash goes', async () => {
    const calendar = new CalendarPage(app.page);
    const panel = await calendar.openItem('2026-12-22', TITLE);
    await panel.getByLabel('Start of this window').fill('2026-12-22T09:00');
    await panel.getByRole('button', { name: 'Move…' }).click();
    await new SeriesQuestion(app.page).thisOne();
    await app.page.getByRole('button', { name: 'Conflicts (0)' }).first().waitFor();
    const rows = await readStore<WindowOccurrence>(app.page, 'windowOccurrences');
    expect(rows.filter((row) => row.start !== null).map((row) => [row.originalStart, row.start])).toEqual([
      ['2026-12-22T06:00:00.000Z', '2026-12-22T09:00:00.000Z'],
    ]);
    await calendar.expectItemOn('2026-12-29', TITLE);
  });
});
