import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaintenanceWindow, WindowOccurrence } from '../../shared/types';
import { makeMaintenanceWindow } from '../builders';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { readPlanSnapshot, writeRawRows } from './pages/plan-snapshot';
import { utcInstant } from '../dates';

// Issue 11: a damaged changed-occurrence row is reported like any other damaged record.
const TITLE = 'Weekly cache flush';
const series: MaintenanceWindow = makeMaintenanceWindow({
  id: 'flush',
  title: TITLE,
  start: utcInstant('2026-12-08T06:00:00.000Z'),
  end: utcInstant('2026-12-08T07:00:00.000Z'),
  timeZone: 'Europe/London',
  recurrence: {
    freq: 'weekly',
    interval: 1,
    weekdays: [],
    monthlyBy: 'date',
    ends: { kind: 'count', count: 4 },
  },
});
const row = (id: string, change: Partial<WindowOccurrence> | Record<string, unknown> = {}) => ({
  id,
  seriesId: 'flush',
  originalStart: '2026-12-15T06:00:00.000Z',
  start: null,
  end: null,
  cancelled: true,
  comms: {},
  updatedAt: '2026-12-01T00:00:00.000Z',
  sequence: 1,
  ...change,
});

describe('hostile input: damaged changed occurrences in the database', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });
  const notice = () => app.page.getByRole('region', { name: 'Damaged records' });

  it('shows the series, reports the bad rows by what is wrong, and deletes one as an undoable change', async () => {
    const { page } = app;
    await writeRawRows(page, 'maintenanceWindows', [series]);
    await writeRawRows(page, 'windowOccurrences', [
      row('flush@2026-12-15T06:00:00.000Z'),
      row('flush@2026-12-22T06:00:00.000Z', { originalStart: '2026-12-22T06:00:00.000Z', cancelled: 'yes' }),
      row('gone@2026-12-15T06:00:00.000Z', { seriesId: 'gone' }),
    ]);
    await calendar.reload();
    await calendar.expectItemOn('2026-12-08', TITLE);
    await calendar.expectItemOn('2026-12-22', TITLE);
    await notice().getByText('2 records could not be shown').waitFor();
    await notice().getByRole('button', { name: 'Review damaged records' }).click();
    const dialog = page.getByRole('dialog', { name: 'Records that could not be shown' });
    // The dialog loads on first use (issue 13): wait for its records before reading them all.
    await dialog.getByRole('heading', { level: 3 }).first().waitFor();
    const headings = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.sort()).toEqual([
      'Changed occurrence gone@2026-12-15T06:00:00.000Z',
      'Changed occurrence of “Weekly cache flush” on 2026-12-22',
    ]);
    await dialog.getByText('cancelled: Invalid input: expected boolean, received string').waitFor();
    await dialog
      .getByText('it belongs to a repeating window “gone” that is not in the plan', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'dialog');
    await screenshot(page, 'recurring-damaged-occurrences');

    const record = dialog.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Changed occurrence gone@2026-12-15T06:00:00.000Z' }),
    });
    await record.getByText('a changed occurrence can not be guessed back', { exact: false }).waitFor();
    const before = await readPlanSnapshot(page);
    await record.getByRole('button', { name: 'Delete…' }).click();
    await record.getByRole('button', { name: 'Delete it' }).click();
    await expect
      .poll(async () => ((await readPlanSnapshot(page)).windowOccurrences as WindowOccurrence[]).length)
      .toBe(2);
    // The list re-renders after the write: the record's own Cancel is on screen until then.
    await record.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await notice().getByText('1 record could not be shown').waitFor();
    await page.keyboard.press('Control+z');
    await notice().getByText('2 records could not be shown').waitFor();
    expect(await readPlanSnapshot(page)).toEqual(before);
  });
});
