import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaintenanceWindow, WindowOccurrence } from '../../shared/types';
import { dragTo } from './calendar-helpers';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { SeriesQuestion } from './pages/series-question';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const FOLDER = mkdtempSync(join(tmpdir(), 'tierline-series-'));

// Issue 11: ops teams patch monthly. One window, repeating on the 2nd Tuesday at 22:00 London time.
const TITLE = 'Monthly database patch';

describe('a maintenance window that repeats monthly', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  const nextMonth = async () => {
    await app.page.getByRole('button', { name: /^next/i }).first().click();
  };
  // A window from 22:00 to 01:00 is a bar across two days: the hand grabs its repeat mark, on the first.
  const dragOccurrence = (from: string, to: string) =>
    dragTo(app.page, calendar.day(from).getByRole('img', { name: 'repeats monthly' }), calendar.day(to));
  const steps = (panel: ReturnType<CalendarPage['item']>) =>
    panel.getByRole('list', { name: 'Communications checklist' }).getByRole('checkbox');

  it('is planned once with Repeat: monthly on the 2nd Tuesday, and shows in each month with a repeat mark', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      title: TITLE,
      start: '2027-03-09T22:00',
      end: '2027-03-10T01:00',
      services: 'EU Cloud',
      timeZone: 'Europe/London',
    });
    await dialog.repeat('Monthly on the 2nd Tuesday');
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await screenshot(app.page, 'recurring-dialog-repeat');
    await dialog.submit();
    for (let i = 0; i < 3; i++) await nextMonth();
    await calendar.expectItemOn('2027-03-09', TITLE);
    const mark = calendar.day('2027-03-09').getByRole('img', { name: 'repeats monthly' });
    expect(await mark.count()).toBe(1);
    await nextMonth();
    await calendar.expectItemOn('2027-04-13', TITLE);
    await nextMonth();
    await calendar.expectItemOn('2027-05-11', TITLE);
    // One row: the series, not one window per month.
    const windows = await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows');
    expect(windows.map((w) => [w.title, w.start, w.recurrence?.freq, w.recurrence?.monthlyBy])).toEqual([
      [TITLE, '2027-03-09T22:00:00.000Z', 'monthly', 'weekday'],
    ]);
    expect(await readStore(app.page, 'checklistItems')).toEqual([]);
  });

  it('gives each occurrence its own communications: a step ticked in March stays open in April', async () => {
    for (let i = 0; i < 2; i++) await app.page.getByRole('button', { name: /^prev/i }).first().click();
    const march = await calendar.openItem('2027-03-09', TITLE);
    await march.getByText('2027', { exact: false }).first().waitFor();
    expect(await march.textContent()).toContain('Tue 9 Mar 2027');
    const marchSteps = steps(march);
    expect(await marchSteps.count()).toBeGreaterThan(3);
    await marchSteps.first().check();
    await nextMonth();
    const april = await calendar.openItem('2027-04-13', TITLE);
    expect(await april.textContent()).toContain('Tue 13 Apr 2027');
    expect(await steps(april).first().isChecked()).toBe(false);
    const rows = await readStore<WindowOccurrence>(app.page, 'windowOccurrences');
    expect(rows.map((row) => [row.originalStart, Object.values(row.comms).map((c) => c.done)])).toEqual([
      ['2027-03-09T22:00:00.000Z', [true]],
    ]);
    await screenshot(app.page, 'recurring-occurrence-panel');
  });

  it('moves only April when the planner drags it and answers "This window only"', async () => {
    await dragOccurrence('2027-04-13', '2027-04-14');
    const question = new SeriesQuestion(app.page);
    await question.root.waitFor();
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await screenshot(app.page, 'recurring-this-or-all');
    await question.thisOne();
    await calendar.expectItemOn('2027-04-14', TITLE);
    expect(await calendar.item('2027-04-13', TITLE).count()).toBe(0);
    await nextMonth();
    await calendar.expectItemOn('2027-05-11', TITLE);
  });

  it('moves the whole series when May is dragged with "All windows in the series", and undo puts it back', async () => {
    await dragOccurrence('2027-05-11', '2027-05-12');
    await new SeriesQuestion(app.page).all();
    await calendar.expectItemOn('2027-05-12', TITLE);
    const [series] = await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows');
    // A day later: the 2nd Wednesday, still 22:00 in London.
    expect(series?.start).toBe('2027-03-10T22:00:00.000Z');
    // March's tick followed March (the first occurrence) to its new start; April's exception followed April.
    const rows = await readStore<WindowOccurrence>(app.page, 'windowOccurrences');
    expect(rows.map((row) => [row.originalStart, row.start, Object.keys(row.comms).length])).toEqual([
      ['2027-03-10T22:00:00.000Z', null, 1],
      ['2027-04-14T21:00:00.000Z', '2027-04-14T21:00:00.000Z', 0],
    ]);
    // One undo puts the whole series back; redo moves it again.
    await app.page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await calendar.expectItemOn('2027-05-11', TITLE);
    expect((await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows'))[0]?.start).toBe(
      '2027-03-09T22:00:00.000Z',
    );
    await app.page.getByRole('button', { name: 'Redo', exact: true }).first().click();
    await calendar.expectItemOn('2027-05-12', TITLE);
    await nextMonth();
    await calendar.expectItemOn('2027-06-09', TITLE);
  });

  it('cancels June alone, and a reload keeps every change', async () => {
    const june = await calendar.openItem('2027-06-09', TITLE);
    await june.getByRole('button', { name: 'Cancel this window' }).click();
    await june.getByText('Cancelled', { exact: true }).waitFor();
    await calendar.reload();
    const rows = await readStore<WindowOccurrence>(app.page, 'windowOccurrences');
    expect(rows.filter((row) => row.cancelled).map((row) => row.originalStart)).toEqual([
      '2027-06-09T21:00:00.000Z',
    ]);
    expect(rows.filter((row) => row.start !== null).map((row) => row.start)).toEqual([
      '2027-04-14T21:00:00.000Z',
    ]);
  });

  it('exports ONE VEVENT with RRULE, EXDATE for June and a RECURRENCE-ID for April, and importing it back changes nothing', async () => {
    const dialog = await calendar.openExport();
    await dialog.root.getByLabel('From', { exact: true }).fill('2027-01-01');
    await dialog.root.getByLabel('To', { exact: true }).fill('2027-12-31');
    const file = await dialog.saveFile(FOLDER);
    await dialog.close();
    const text = file.text.replace(/\r\n[ \t]/g, '');
    const uid =
      'UID:' + (await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows'))[0]?.id + '@tierline';
    // The series and its one override share a UID; no other window is in the file.
    expect(text.split('\r\n').filter((line) => line === uid)).toHaveLength(2);
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2WE\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/London:20270310T220000\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/London:20270609T220000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20270414T220000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');

    const before = await readPlanSnapshot(app.page);
    const reimport = await calendar.openImport();
    await reimport.chooseFile(file.path);
    // The series and each occurrence's steps (one component each): the steps count with their series.
    const steps = text.match(/\r\nX-TIERLINE-KIND:item\r\n/g)?.length ?? 0;
    expect(steps).toBeGreaterThan(10);
    await reimport.comparison.getByText('Compared with your plan: 1 unchanged.').waitFor();
    expect(await reimport.importButton.isDisabled()).toBe(true);
    await reimport.discardPreview();
    await expectPlanUnchanged(app.page, before);
  });
});
