import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WindowOccurrence } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { readPlanSnapshot } from './pages/plan-snapshot';

const FOLDER = mkdtempSync(join(tmpdir(), 'tierline-series-reimport-'));
const TITLE = 'Monthly database patch';
const APRIL_EXDATE = 'EXDATE;TZID=Europe/London:20270413T220000';

// Issue 11: a series' cancelled occurrences travel with it through export and import.
const withoutStamp = (text: string) => text.replace(/\r\nDTSTAMP:[^\r]*/g, '');
// Each occurrence's communications steps travel too, one component each, known by the series.
const stepsIn = (text: string) => text.match(/^X-TIERLINE-KIND:item\r$/gm)?.length ?? 0;
const exceptionsOf = (rows: WindowOccurrence[]) =>
  rows.map(({ originalStart, cancelled, start }) => ({ originalStart, cancelled, start }));

async function exportYear(calendar: CalendarPage, name: string): Promise<string> {
  const dialog = await calendar.openExport();
  await dialog.root.getByLabel('From', { exact: true }).fill('2027-01-01');
  await dialog.root.getByLabel('To', { exact: true }).fill('2027-12-31');
  const file = await dialog.saveFile(mkdtempSync(join(FOLDER, `${name}-`)));
  await dialog.close();
  return file.text;
}

describe('a repeating window with a cancelled occurrence, exported and imported again', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let exported = '';
  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is planned monthly, April is cancelled, and the export has April as an EXDATE', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      title: TITLE,
      start: '2027-03-09T22:00',
      end: '2027-03-10T01:00',
      services: 'EU Cloud',
      timeZone: 'Europe/London',
    });
    await dialog.repeat('Monthly on the 2nd Tuesday');
    await dialog.submit();
    for (let i = 0; i < 4; i++) await app.page.getByRole('button', { name: /^next/i }).first().click();
    const april = await calendar.openItem('2027-04-13', TITLE);
    await april.getByRole('button', { name: 'Cancel this window' }).click();
    await april.getByText('Cancelled', { exact: true }).waitFor();
    exported = await exportYear(calendar, 'first');
    expect(exported).toContain(`${APRIL_EXDATE}\r\n`);
  });

  it('shows an edited copy that also cancels May as 1 changed, naming May, and writes only that', async () => {
    const edited = exported.replace(APRIL_EXDATE, `${APRIL_EXDATE},20270511T220000`);
    const path = join(FOLDER, 'edited.ics');
    writeFileSync(path, edited);
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    const steps = stepsIn(edited);
    expect(steps).toBeGreaterThan(10);
    // The steps are the series' own: the file holds one thing that changed, however many steps it lists.
    await dialog.comparison.getByText('Compared with your plan: 1 changed.').waitFor();
    expect(await dialog.changes.getByRole('listitem').allInnerTexts()).toEqual([
      `${TITLE}\nTue 11 May 2027, 22:00 BST\nplanned → cancelled`,
    ]);
    await expectNoAxeViolations(app.page, '[role="region"][aria-label="Import preview"]');
    await screenshot(app.page, 'recurring-reimport-changes');
    await dialog.importItems(1);
    const after = await readPlanSnapshot(app.page);
    // The series row is as it was; exactly one occurrence row was added, May's, cancelled.
    expect(after.maintenanceWindows).toEqual(before.maintenanceWindows);
    const added = (after.windowOccurrences as WindowOccurrence[]).filter(
      (row) => !(before.windowOccurrences ?? []).some((old) => (old as WindowOccurrence).id === row.id),
    );
    expect(exceptionsOf(added)).toEqual([
      { originalStart: '2027-05-11T21:00:00.000Z', cancelled: true, start: null },
    ]);
    await app.page.getByRole('button', { name: /^next/i }).first().click();
    const may = await calendar.openItem('2027-05-11', TITLE);
    await may.getByText('Cancelled', { exact: true }).waitFor();
  });

  it('shows a step ticked in an edited copy as 1 changed beside 1 unchanged, applies it, then finds nothing to do', async () => {
    const current = (await exportYear(calendar, 'steps')).replace(/\r\n /g, '');
    const stepUid = /^UID:([^@\r]+)@2027-06-08T21:00:00\.000Z:([a-z-]+)@tierline\r$/m.exec(current);
    if (!stepUid) throw new Error('the export lists no step of the June occurrence');
    const [, seriesId, stepKey] = stepUid;
    const parts = current.split('BEGIN:VEVENT');
    const index = parts.findIndex((part) => part.includes(stepUid[0]));
    parts[index] = (parts[index] ?? '')
      .replace('"done":false', '"done":true')
      .replace('"doneAt":null', '"doneAt":"2027-06-01T09:00:00.000Z"');
    const path = join(FOLDER, 'ticked.ics');
    writeFileSync(path, parts.join('BEGIN:VEVENT'));
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.comparison.getByText('Compared with your plan: 1 changed, 1 unchanged.').waitFor();
    const [line] = await dialog.changes.getByRole('listitem').allInnerTexts();
    expect(line).toContain('Tue 8 Jun 2027, 22:00 BST');
    expect(line).toContain('not done → done');
    await expectNoAxeViolations(app.page, '[role="region"][aria-label="Import preview"]');
    await screenshot(app.page, 'recurring-reimport-step-changed');
    await dialog.importItems(1);
    const after = await readPlanSnapshot(app.page);
    expect(after.maintenanceWindows).toEqual(before.maintenanceWindows);
    const june = (after.windowOccurrences as WindowOccurrence[]).find(
      (row) => row.id === `${seriesId ?? ''}@2027-06-08T21:00:00.000Z`,
    );
    expect(june?.comms[stepKey ?? '']).toMatchObject({
      done: true,
      doneAt: '2027-06-01T09:00:00.000Z',
      dueDate: null,
    });
    // The same file again: everything agrees, and nothing is written.
    const again = await calendar.openImport();
    await again.chooseFile(path);
    await again.comparison.getByText('Compared with your plan: 1 unchanged.').waitFor();
    await again.discardPreview();
    expect(await readPlanSnapshot(app.page)).toEqual(after);
  });

  it('into an empty plan, gives the same series with April cancelled, and exports the same file again', async () => {
    const fresh = await openApp();
    try {
      const path = join(FOLDER, 'first.ics');
      writeFileSync(path, exported);
      const freshCalendar = new CalendarPage(fresh.page);
      const dialog = await freshCalendar.openImport();
      await dialog.chooseFile(path);
      const steps = stepsIn(exported);
      expect(steps).toBeGreaterThan(10);
      await dialog.comparison.getByText('Compared with your plan: 1 new.').waitFor();
      await dialog.importItems(1);
      const rows = await readStore<WindowOccurrence>(fresh.page, 'windowOccurrences');
      expect(exceptionsOf(rows)).toEqual([
        { originalStart: '2027-04-13T21:00:00.000Z', cancelled: true, start: null },
      ]);
      // The import may have taken the calendar to its first event: page on until April is shown.
      for (let i = 0; i < 6 && (await freshCalendar.day('2027-04-13').count()) === 0; i++)
        await fresh.page.getByRole('button', { name: /^next/i }).first().click();
      const april = await freshCalendar.openItem('2027-04-13', TITLE);
      await april.getByText('Cancelled', { exact: true }).waitFor();
      await screenshot(fresh.page, 'recurring-reimport-restored');
      expect(withoutStamp(await exportYear(freshCalendar, 'again'))).toBe(withoutStamp(exported));
    } finally {
      await fresh.close();
    }
  });
});
