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

// Issue 11: a calendar imported again updates what changed and duplicates nothing.
const FOLDER = mkdtempSync(join(tmpdir(), 'tierline-reimport-'));

function writeFile(name: string, text: string): string {
  const path = join(FOLDER, name);
  writeFileSync(path, text);
  return path;
}

/** The VEVENT with this SUMMARY, edited by `edit`, the rest of the file as it was. */
function editEvent(text: string, summary: string, edit: (block: string) => string): string {
  const blocks = text.split('BEGIN:VEVENT');
  const index = blocks.findIndex((block) => block.includes(`\r\nSUMMARY:${summary}\r\n`));
  if (index < 0) throw new Error(`no event ${summary}`);
  blocks[index] = edit(blocks[index] ?? '');
  return blocks.join('BEGIN:VEVENT');
}

describe('importing Tierline’s own export back into the plan it came from', () => {
  let app: AppSession;
  let exported: { path: string; text: string };
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('plans two launches and a window, and exports them as a calendar', async () => {
    const calendar = new CalendarPage(app.page);
    for (const [title, day] of [
      ['Billing v2', '2026-12-10'],
      ['Search everywhere', '2026-12-16'],
    ] as const) {
      const launch = await calendar.newAnnouncement();
      await launch.fill({ title, tier: 'Minor', launchDate: day });
      await launch.submit();
      await calendar.expectItemOn(day, title);
    }
    const work = await calendar.newMaintenanceWindow();
    await work.fill({
      title: 'EU database patch',
      start: '2026-12-12T22:00',
      end: '2026-12-13T01:00',
      services: 'EU Cloud',
    });
    await work.submit();
    await calendar.expectItemOn('2026-12-12', 'EU database patch');
    const dialog = await calendar.openExport();
    exported = await dialog.saveFile(FOLDER);
    await dialog.close();
    expect(exported.text).toContain('SUMMARY:Billing v2');
  });

  it('finds everything unchanged, and Import writes nothing', async () => {
    const calendar = new CalendarPage(app.page);
    const events = exported.text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    const before = await readPlanSnapshot(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(exported.path);
    await dialog.comparison.getByText(`Compared with your plan: ${events} unchanged.`).waitFor();
    expect(await dialog.changes.count()).toBe(0);
    expect(await dialog.preview.getByRole('table').count()).toBe(0);
    expect(await dialog.importButton.isDisabled()).toBe(true);
    await dialog.discardPreview();
    await expectPlanUnchanged(app.page, before);
  });

  it('lists exactly the moved, renamed and cancelled events, and the calendar shows them', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const events = exported.text.match(/BEGIN:VEVENT/g)?.length ?? 0;
    let text = editEvent(exported.text, 'Billing v2', (block) =>
      block
        .replace('DTSTART;VALUE=DATE:20261210', 'DTSTART;VALUE=DATE:20261214')
        .replace('DTEND;VALUE=DATE:20261211', 'DTEND;VALUE=DATE:20261215'),
    );
    text = editEvent(text, 'EU database patch', (block) =>
      block.replace('SUMMARY:EU database patch', 'SUMMARY:EU database patch (all regions)'),
    );
    text = editEvent(text, 'Search everywhere', (block) => block.replace(/STATUS:\w+/, 'STATUS:CANCELLED'));
    const dialog = await calendar.openImport();
    await dialog.chooseFile(writeFile('edited.ics', text));
    await dialog.comparison
      .getByText(`Compared with your plan: 2 changed, ${events - 3} unchanged, 1 cancelled.`)
      .waitFor();
    const changes = dialog.changes.getByRole('listitem');
    expect(await changes.count()).toBe(3);
    // In the file's order, each with exactly what changes.
    expect(await changes.allInnerTexts()).toEqual([
      'Billing v2\nTime\nThu 10 Dec 2026 → Mon 14 Dec 2026',
      'Search everywherecancelled\nStatus\nplanned → cancelled',
      'EU database patch\nTitle\nEU database patch → EU database patch (all regions)',
    ]);
    await expectNoAxeViolations(page, '[role="region"][aria-label="Import preview"]');
    await screenshot(page, 'import-reimport-changes');
    await dialog.importItems(3);
    await calendar.expectItemOn('2026-12-14', 'Billing v2');
    await calendar.expectItemOn('2026-12-12', 'EU database patch (all regions)');
    expect(await calendar.item('2026-12-10', 'Billing v2').count()).toBe(0);
    const announcements = await readStore<Announcement>(page, 'announcements');
    expect(announcements.map((a) => [a.title, a.launchDate, a.status]).sort()).toEqual([
      ['Billing v2', '2026-12-14', 'planned'],
      ['Search everywhere', '2026-12-16', 'cancelled'],
    ]);
    expect((await readStore<MaintenanceWindow>(page, 'maintenanceWindows')).length).toBe(1);
  });
});

const GOOGLE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'X-WR-CALNAME:Platform team',
  'BEGIN:VEVENT',
  'UID:7kq3o1@google.com',
  'DTSTART;VALUE=DATE:20261215',
  'DTEND;VALUE=DATE:20261216',
  'SUMMARY:Dashboards launch',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:9xv2p4@google.com',
  'DTSTART:20261217T210000Z',
  'DTEND:20261217T230000Z',
  'SUMMARY:Ingestion pipeline upgrade',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('importing a Google Calendar file twice', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('adds its events once; the second time everything is unchanged and nothing is written', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const path = writeFile('platform.ics', GOOGLE);
    const first = await calendar.openImport();
    await first.chooseFile(path);
    await first.comparison.getByText('Compared with your plan: 2 new.').waitFor();
    expect(await first.preview.getByLabel('Calendar').inputValue()).toBe('Platform team');
    await first.importItems(2);
    await calendar.expectItemOn('2026-12-15', 'Dashboards launch');
    const before = await readPlanSnapshot(page);
    expect(before.importSources).toHaveLength(2);

    const second = await calendar.openImport();
    await second.chooseFile(path);
    await second.comparison.getByText('Compared with your plan: 2 unchanged.').waitFor();
    expect(await second.importButton.isDisabled()).toBe(true);
    await second.discardPreview();
    await expectPlanUnchanged(page, before);
    expect(await calendar.item('2026-12-15', 'Dashboards launch').count()).toBe(1);
  });
  it('asks before a newer file overwrites a launch moved here since, and keeps mine by default', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    await calendar.dragItem('2026-12-15', 'Dashboards launch', '2026-12-18');
    await calendar.expectItemOn('2026-12-18', 'Dashboards launch');
    const newer = GOOGLE.replace('DTSTART;VALUE=DATE:20261215', 'DTSTART;VALUE=DATE:20261216').replace(
      'DTEND;VALUE=DATE:20261216',
      'DTEND;VALUE=DATE:20261217',
    );
    const dialog = await calendar.openImport();
    await dialog.chooseFile(writeFile('platform-v2.ics', newer));
    await dialog.comparison.getByText('Compared with your plan: 1 changed, 1 unchanged.').waitFor();
    const change = dialog.changes.getByRole('listitem');
    await change.getByText('Edited here since it was imported.').waitFor();
    await change.getByText('Fri 18 Dec 2026 → Wed 16 Dec 2026').waitFor();
    const choice = change.getByLabel('Keep or replace “Dashboards launch”');
    expect(await choice.inputValue()).toBe('mine');
    await expectNoAxeViolations(page, '[role="region"][aria-label="Import preview"]');
    await dialog.importItems(1);
    await calendar.expectItemOn('2026-12-18', 'Dashboards launch');
    expect(await calendar.item('2026-12-16', 'Dashboards launch').count()).toBe(0);
    // Kept once is remembered: the same file again has nothing to ask.
    const again = await calendar.openImport();
    await again.chooseFile(join(FOLDER, 'platform-v2.ics'));
    await again.comparison.getByText('Compared with your plan: 2 unchanged.').waitFor();
    await again.discardPreview();
  });
});

describe('hostile input: conflicting and duplicate identities in a calendar file', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(writeFile('platform-once.ics', GOOGLE));
    await dialog.importItems(2);
  });
  afterAll(async () => {
    await app.close();
  });

  it('leaves out a second event that claims a launch another event of the file already stands for', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const launch = (await readStore<Announcement>(page, 'announcements')).find(
      (a) => a.title === 'Dashboards launch',
    );
    const forged = GOOGLE.replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        `UID:${launch?.id ?? ''}@tierline`,
        'DTSTART;VALUE=DATE:20261220',
        'SUMMARY:Dashboards launch moved by a forgery',
        'X-TIERLINE-KIND:announcement',
        'X-TIERLINE-RECORD:{}',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const before = await readPlanSnapshot(page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(writeFile('forged.ics', forged));
    await dialog.warnings
      .getByText('left out: the event on line 5 already stands for the same announcement')
      .waitFor();
    await dialog.comparison.getByText('Compared with your plan: 2 unchanged.').waitFor();
    await dialog.discardPreview();
    await expectPlanUnchanged(page, before);
    const next = await calendar.newAnnouncement();
    await next.cancel();
  });

  it('keeps one event of a file that repeats a UID, and a re-import still adds nothing', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const repeated = GOOGLE.replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        'UID:7kq3o1@google.com',
        'DTSTART;VALUE=DATE:20261222',
        'SUMMARY:Dashboards launch (copy)',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const before = await readPlanSnapshot(page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(writeFile('repeated.ics', repeated));
    await dialog.skipped.getByText(/duplicate UID: the event on line 5 is kept/).waitFor();
    await dialog.comparison.getByText('Compared with your plan: 2 unchanged.').waitFor();
    expect(await dialog.importButton.isDisabled()).toBe(true);
    await dialog.discardPreview();
    await expectPlanUnchanged(page, before);
    const next = await calendar.newAnnouncement();
    await next.cancel();
  });
});
