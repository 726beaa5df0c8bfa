import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

const FOLDER = mkdtempSync(join(tmpdir(), 'tierline-hostile-ics-'));
const BIG_EVENTS = 45_000;

function vevent(uid: string, title: string, lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, ...lines, 'END:VEVENT'];
}

const GOOD_LAUNCH = vevent('good-launch', 'Dashboards launch', ['DTSTART;VALUE=DATE:20261215']);
const GOOD_WORK = vevent('good-work', 'Ingestion upgrade', [
  'DTSTART:20261216T210000Z',
  'DTEND:20261216T230000Z',
]);
const GOOD = [...GOOD_LAUNCH, ...GOOD_WORK];

/** Writes a calendar file with the given event lines and returns its path and text. */
function calendarFile(name: string, events: string[]): { path: string; lines: string[] } {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile//EN', ...events, 'END:VCALENDAR'];
  const path = join(FOLDER, name);
  writeFileSync(path, lines.join('\r\n'));
  return { path, lines };
}

function lineOf(lines: string[], needle: string): number {
  return lines.findIndex((line) => line.includes(needle)) + 1;
}

function bigCalendar(): string {
  const events: string[] = [];
  for (let index = 0; index < BIG_EVENTS; index++) {
    const month = String((index % 12) + 1).padStart(2, '0');
    events.push(
      ...vevent(`big-${index}`, `Generated ${index}`, [`DTSTART:2027${month}10T100000Z`, 'DURATION:PT1H']),
    );
  }
  return calendarFile('big.ics', events).path;
}

describe('hostile input: ICS import dialog', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let big: string;

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    big = bigCalendar();
  });
  afterAll(async () => {
    await app.close();
  });

  /** The planner can still work: the New announcement dialog opens and closes. */
  async function expectStillUsable(): Promise<void> {
    const dialog = await calendar.newAnnouncement();
    await dialog.cancel();
    expect(await dialog.isOpen()).toBe(false);
  }

  it('stops a repeat rule that never matches, says so with its line, and lists the rest', async () => {
    const { path, lines } = calendarFile('looping.ics', [
      ...vevent('loop', 'Leap-day stand-up', [
        'DTSTART:20261201T100000Z',
        'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      ]),
      ...GOOD,
    ]);
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.row('Dashboards launch').waitFor();
    await dialog.row('Ingestion upgrade').waitFor();
    expect(await dialog.row('Leap-day stand-up').count()).toBe(0);
    await dialog.skipped.getByText(`Line ${lineOf(lines, 'UID:loop') - 1}`).waitFor();
    await dialog.skipped.getByText(/this event's repeat rule never matches/).waitFor();
    await screenshot(app.page, 'import-ics-never-matches');
    await dialog.discardPreview();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('skips an absurd DURATION with its line instead of failing the whole file', async () => {
    const { path, lines } = calendarFile('duration.ics', [
      ...vevent('long', 'Forever', ['DTSTART:20261201T100000Z', 'DURATION:P999999999999999999W']),
      ...vevent('month', 'Month-long migration', ['DTSTART:20261201T100000Z', 'DURATION:P30D']),
      ...GOOD,
    ]);
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.row('Dashboards launch').waitFor();
    await dialog.skipped
      .getByText(`DURATION "P999999999999999999W" on line ${lineOf(lines, 'DURATION:P9')} is too long`)
      .waitFor();
    // Thirty days is no maintenance window: the event is kept, as an announcement only, with a warning.
    await dialog.warnings.getByText(`Line ${lineOf(lines, 'DURATION:P30D')}`).waitFor();
    await dialog.warnings.getByText(/longer than the 14 days a maintenance window may last/).waitFor();
    const choice = dialog.preview.getByLabel('Import “Month-long migration” as');
    expect(await choice.inputValue()).toBe('announcement');
    expect(await choice.getByRole('option', { name: 'Maintenance window' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await screenshot(app.page, 'import-ics-duration-warnings');
    await dialog.discardPreview();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('refuses binary junk with a clear message', async () => {
    const path = join(FOLDER, 'junk.ics');
    writeFileSync(path, randomBytes(4096));
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.alert
      .getByText('junk.ics is not a text calendar file: it looks like binary data.')
      .waitFor();
    await dialog.close();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const path = join(FOLDER, 'huge.ics');
    writeFileSync(path, `BEGIN:VCALENDAR\r\n${'X-PAD:'.padEnd(74, 'x')}\r\n`.repeat(600_000));
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.alert.getByText(/huge\.ics is 5\d MB; Tierline imports files up to 50 MB/).waitFor();
    await dialog.close();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('shows progress while a large file is read, then its preview', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(big);
    await dialog.progress.getByRole('progressbar', { name: 'Reading big.ics' }).waitFor();
    await dialog.progress.getByText(/^Reading events: [\d,]+ of 45,000$/).waitFor();
    await screenshot(app.page, 'import-ics-progress');
    await dialog.preview.getByText(`${BIG_EVENTS} events read`).waitFor({ timeout: 60_000 });
    expect(await dialog.progress.count()).toBe(0);
    await dialog.discardPreview();
    await expectPlanUnchanged(app.page, before);
  });

  it('Cancel while reading stops the worker and leaves the plan unchanged', async () => {
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(big);
    await dialog.progress.waitFor();
    await dialog.cancelReading();
    await dialog.alert
      .getByText('Stopped reading big.ics. Nothing was imported; your plan is unchanged.')
      .waitFor();
    expect(await dialog.preview.count()).toBe(0);
    await screenshot(app.page, 'import-ics-cancelled');
    await dialog.close();
    await expectPlanUnchanged(app.page, before);
    await expectStillUsable();
  });

  it('imports the two good events of a file with a 9999 event and lists why it skipped that one', async () => {
    const { path, lines } = calendarFile('mixed.ics', [
      ...GOOD_LAUNCH,
      ...vevent('far', 'Launch in 9999', ['DTSTART;VALUE=DATE:99991231']),
      ...GOOD_WORK,
    ]);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.row('Dashboards launch').waitFor();
    const skip = dialog.skipped.getByRole('listitem');
    expect(await skip.count()).toBe(1);
    expect(await skip.textContent()).toBe(
      `Line ${lineOf(lines, 'UID:far') - 1} 9999-12-31 is outside the dates Tierline plans (between 1900 and 2199). DTSTART is on line ${lineOf(lines, '99991231')}. (UID far)`,
    );
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await screenshot(app.page, 'import-ics-out-of-range');

    await dialog.importItems(2);
    await calendar.expectItemOn('2026-12-15', 'Dashboards launch');
    await calendar.expectItemOn('2026-12-16', 'Ingestion upgrade');
    const announcements = await readStore<Announcement>(app.page, 'announcements');
    const windows = await readStore<MaintenanceWindow>(app.page, 'maintenanceWindows');
    expect(announcements.map((row) => [row.title, row.launchDate])).toEqual([
      ['Dashboards launch', '2026-12-15'],
    ]);
    expect(windows.map((row) => [row.title, row.start, row.end])).toEqual([
      ['Ingestion upgrade', '2026-12-16T21:00:00.000Z', '2026-12-16T23:00:00.000Z'],
    ]);
    await expectStillUsable();
  });
});
