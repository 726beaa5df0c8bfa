import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItem, MaintenanceWindow, WindowOccurrence } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { MaintenanceDialog } from './pages/maintenance-dialog';
import { readPlanSnapshot } from './pages/plan-snapshot';

// Issue 11: a series made "Does not repeat" leaves no occurrence rows behind and gets its checklist.
const TITLE = 'Weekly cache flush';

describe('a repeating window that stops repeating', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('drops its changed occurrences and gets the one-off communications checklist, in one undoable change', async () => {
    const dialog = await calendar.newMaintenanceWindow();
    await dialog.fill({
      title: TITLE,
      start: '2026-12-08T06:00',
      end: '2026-12-08T07:00',
      services: 'CDN',
      timeZone: 'Europe/London',
    });
    await dialog.repeat('Weekly');
    await dialog.submit();
    // A week cancelled and a step ticked on another: two changed occurrences.
    const second = await calendar.openItem('2026-12-15', TITLE);
    await second.getByRole('button', { name: 'Cancel this window' }).click();
    await second.getByText('Cancelled', { exact: true }).waitFor();
    const third = await calendar.openItem('2026-12-22', TITLE);
    await third.getByRole('list', { name: 'Communications checklist' }).getByRole('checkbox').first().check();
    const before = await readPlanSnapshot(app.page);
    expect((before.windowOccurrences as WindowOccurrence[]).length).toBe(2);
    expect(before.checklistItems).toEqual([]);

    await third.getByRole('button', { name: 'Edit series' }).click();
    const edit = new MaintenanceDialog(app.page, 'Edit maintenance window');
    await edit.repeat('Does not repeat');
    await edit.submit();
    await edit.root.waitFor({ state: 'hidden' });

    const after = await readPlanSnapshot(app.page);
    const [window] = after.maintenanceWindows as MaintenanceWindow[];
    expect(window?.recurrence).toBeUndefined();
    // No row is left pointing at occurrences that no longer exist.
    expect(after.windowOccurrences).toEqual([]);
    const items = after.checklistItems as ChecklistItem[];
    expect(items.length).toBeGreaterThan(3);
    expect(new Set(items.map((item) => item.parentId))).toEqual(new Set([window?.id]));
    // The window is on its first day only, with its own checklist in the panel.
    await calendar.expectItemOn('2026-12-08', TITLE);
    expect(await calendar.item('2026-12-15', TITLE).count()).toBe(0);
    const panel = await calendar.openItem('2026-12-08', TITLE);
    await panel.getByText('Communications checklist').first().waitFor();
    await screenshot(app.page, 'recurring-stopped-one-off');

    // One undo brings the series back with both changed occurrences.
    await app.page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await calendar.expectItemOn('2026-12-15', TITLE);
    const undone = await readPlanSnapshot(app.page);
    expect(undone.windowOccurrences).toEqual(before.windowOccurrences);
    expect(undone.checklistItems).toEqual([]);
  });
});
