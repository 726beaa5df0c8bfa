import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';

// The shapes the real-world corpus found the importer losing (test/fixtures/ics/corpus): Outlook's
// DTEND in another zone than DTSTART, Google's birthday RDATEs with a stray Z, Zimbra's VFREEBUSY.
const LINES = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN',
  'BEGIN:VEVENT',
  'UID:outlook-two-zones',
  'SUMMARY:Partner sync',
  'DTSTART;TZID="(UTC-07:00) Mountain Time (US & Canada)":20261208T100000',
  'DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261208T100000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:birthday',
  'SUMMARY:Release anniversary',
  'DTSTART;VALUE=DATE:20261217',
  'DTEND;VALUE=DATE:20261218',
  'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=1',
  'RDATE:20261210Z',
  'END:VEVENT',
  'BEGIN:VFREEBUSY',
  'DTSTART:20261201T000000Z',
  'FREEBUSY;FBTYPE=BUSY:20261209T151500Z/20261209T190000Z',
  'END:VFREEBUSY',
  'END:VCALENDAR',
];

function lineOf(needle: string): number {
  return LINES.findIndex((line) => line.includes(needle)) + 1;
}

describe('a calendar from Outlook, Google and Zimbra, read as the corpus taught', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let path: string;

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    path = join(mkdtempSync(join(tmpdir(), 'tierline-real-world-ics-')), 'partners.ics');
    writeFileSync(path, LINES.join('\r\n'));
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps every event, says what it read differently line by line, and imports them', async () => {
    const dialog = await calendar.openImport();
    await dialog.chooseFile(path);
    await dialog.row('Partner sync').waitFor();

    const warnings = await dialog.warnings.getByRole('listitem').allTextContents();
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toContain(
      `DTEND (line ${lineOf('DTEND;TZID')}) is before DTSTART: read as ending when it starts`,
    );
    expect(warnings.join('\n')).toContain(
      `1 free/busy list (VFREEBUSY) not imported: Tierline imports events only (first on line ${lineOf('BEGIN:VFREEBUSY')})`,
    );
    expect(await dialog.skipped.count()).toBe(0);
    expect(await dialog.row('Release anniversary').count()).toBe(2);
    await expectNoAxeViolations(app.page, 'dialog[open]');
    await screenshot(app.page, 'import-ics-real-world');

    await dialog.importItems(3);
    await calendar.expectItemOn('2026-12-08', 'Partner sync');
    await calendar.expectItemOn('2026-12-10', 'Release anniversary');
    await calendar.expectItemOn('2026-12-17', 'Release anniversary');
  });
});
