import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { expectPlanUnchanged, readPlanSnapshot } from './pages/plan-snapshot';

// Issue 11: a file of to-dos joins a launch's checklist, or says why nothing is imported.
const FOLDER = mkdtempSync(join(tmpdir(), 'tierline-todos-'));
const TASKS = join(FOLDER, 'launch-tasks.ics');
writeFileSync(
  TASKS,
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nextcloud Tasks v0.16//EN',
    'BEGIN:VTODO',
    'UID:task-1',
    'SUMMARY:Write the release notes',
    'DUE;VALUE=DATE:20261208',
    'END:VTODO',
    'BEGIN:VTODO',
    'UID:task-2',
    'SUMMARY:Brief the support team',
    'STATUS:COMPLETED',
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n'),
);

describe('to-dos from another app into a launch', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    const calendar = new CalendarPage(app.page);
    const launch = await calendar.newAnnouncement();
    await launch.fill({ title: 'Billing v2', tier: 'Minor', launchDate: '2026-12-10' });
    await launch.submit();
    await calendar.expectItemOn('2026-12-10', 'Billing v2');
  });
  afterAll(async () => {
    await app.close();
  });

  describe('hostile input: a calendar file of only to-dos', () => {
    it('says a file holds only to-dos, names each left-out line and writes nothing', async () => {
      const { page } = app;
      const calendar = new CalendarPage(page);
      const before = await readPlanSnapshot(page);
      const dialog = await calendar.openImport();
      await dialog.chooseFile(TASKS);
      await dialog.preview.getByText('This file holds only to-dos (2) and no events').waitFor();
      const leftOut = dialog.preview.getByRole('region', { name: 'To-dos left out' });
      expect(await leftOut.getByRole('listitem').allInnerTexts()).toEqual([
        'Line 4 to-do “Write the release notes” is not imported',
        'Line 9 to-do “Brief the support team” is not imported',
      ]);
      expect(await dialog.importButton.isDisabled()).toBe(true);
      await dialog.close();
      await expectPlanUnchanged(page, before);
      const next = await calendar.newAnnouncement();
      await next.cancel();
    });
  });

  it('adds them to the chosen launch’s checklist', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.openImport();
    await dialog.chooseFile(TASKS);
    await dialog.preview
      .getByLabel('Add the to-dos as checklist items of')
      .selectOption({ label: 'Billing v2 (Thu 10 Dec 2026)' });
    await expectNoAxeViolations(page, '[role="region"][aria-label="Import preview"]');
    await screenshot(page, 'import-todos-preview');
    await dialog.importItems(2);
    const panel = await calendar.openItem('2026-12-10', 'Billing v2');
    await panel.getByText('Write the release notes').waitFor();
    await panel.getByText('Brief the support team').waitFor();
    const items = await readStore<ChecklistItem>(page, 'checklistItems');
    expect(
      items
        .filter((item) => item.custom)
        .map((item) => [item.title, item.dueDate, item.done])
        .sort(),
    ).toEqual([
      ['Brief the support team', '2026-12-10', true],
      ['Write the release notes', '2026-12-08', false],
    ]);
  });
});
