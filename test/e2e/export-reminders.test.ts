import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';
import { ExportDialog } from './pages/export-dialog';

const LAUNCH = 'Pricing page refresh';

let app: AppSession;
let calendar: CalendarPage;
beforeAll(async () => {
  app = await openApp();
  calendar = new CalendarPage(app.page);
});
afterAll(async () => {
  await app.close();
});

/** The lines of each VALARM in the preview, in order. */
function alarmsIn(lines: string[]): string[][] {
  const alarms: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VALARM') current = [];
    else if (line === 'END:VALARM' && current) {
      alarms.push(current);
      current = null;
    } else if (current) current.push(line);
  }
  return alarms;
}

describe('reminders in the Export dialog', () => {
  it('plans a launch whose checklist the export reminds owners of', async () => {
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: LAUNCH, tier: 'Minor', launchDate: '2026-12-15' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-15', LAUNCH);
    expect((await readStore<ChecklistItem>(app.page, 'checklistItems')).length).toBeGreaterThan(0);
  });

  it('adds no reminders until the planner asks, then shows a display alarm on each item in the preview', async () => {
    const dialog = await ExportDialog.open(app.page);
    expect(await dialog.reminders.inputValue()).toBe('none');
    await dialog.hideKinds('Announcements', 'Maintenance windows');
    expect((await dialog.previewLines()).join('\n')).not.toContain('VALARM');

    await dialog.chooseReminders('1 day before');
    await expect.poll(async () => alarmsIn(await dialog.previewLines()).length).toBeGreaterThan(0);
    const [first] = alarmsIn(await dialog.previewLines());
    const items = await readStore<ChecklistItem>(app.page, 'checklistItems');
    // The preview lists the items in its range (the whole plan, by default) soonest first.
    const soonest = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.order - b.order)[0]!;
    const unescaped = (first?.[2] ?? '').replace(/\\([,;\\])/g, '$1');
    expect(first?.slice(0, 2)).toEqual(['ACTION:DISPLAY', 'TRIGGER:-PT15H']);
    expect(unescaped).toBe(`DESCRIPTION:Due: ${soonest.title} (${LAUNCH})`);
    await expectNoAxeViolations(app.page, 'dialog[aria-labelledby]');
    await screenshot(app.page, 'export-reminders');
  });

  it('relates a task’s reminder to its due date, and offers none when items are left out', async () => {
    const dialog = new ExportDialog(app.page);
    await dialog.chooseTasks(/^Tasks \(VTODO/);
    await dialog.chooseReminders('1 week before');
    await expect
      .poll(async () => alarmsIn(await dialog.previewLines())[0]?.[1])
      .toBe('TRIGGER;RELATED=END:-P6DT15H');
    await dialog.chooseTasks('Leave out');
    expect(await dialog.reminders.count()).toBe(0);
    expect((await dialog.previewLines()).join('\n')).not.toContain('VALARM');
    await dialog.close();
  });
});
