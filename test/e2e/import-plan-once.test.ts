import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem, MaintenanceWindow } from '../../shared/types';
import { FIXED_NOW, openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { expectNoAxeViolations } from './pages/accessibility';
import { CalendarPage } from './pages/calendar-page';

// Issue 13: the preview generated every record of a plan file and Import generated them all again.
// The clock moves on between the preview and the click, so a record generated twice would carry
// the later time; generated once, every record carries the preview's.
const PREVIEWED = new Date(FIXED_NOW).toISOString();
const CLICKED = '2026-12-02T11:30:00.000Z';

const PLAN = {
  tierline: 1,
  timeZone: 'Europe/London',
  templateSet: 'handbook-current',
  announcements: [
    {
      id: 'replay-mobile',
      title: 'Session replay for mobile',
      tier: 'major',
      launch: '2026-12-08',
      owner: 'Ana',
    },
    { title: 'Heatmaps export', tier: 'minor', launch: '2026-12-15T16:00' },
  ],
  maintenance: [
    { id: 'eu-db', title: 'EU Cloud database upgrade', start: '2026-12-05T22:00', end: '2026-12-06T02:00' },
  ],
};

describe('importing a plan file writes the records its preview generated', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('the rows carry the preview’s time, not the time Import was clicked', async () => {
    const { page } = app;
    const calendar = new CalendarPage(page);
    const dialog = await calendar.openImport();
    await dialog.pasteAndPreview(JSON.stringify(PLAN));
    await expect.poll(() => dialog.importPlanButton.isEnabled()).toBe(true);
    expect(await dialog.preview.textContent()).toContain('2 announcements, 1 maintenance window');
    await screenshot(page, 'import-plan-preview');
    await expectNoAxeViolations(page, 'dialog[open]');

    await page.clock.setFixedTime(new Date(CLICKED));
    await dialog.importPlanButton.click();
    await dialog.root.waitFor({ state: 'hidden' });
    await calendar.item('2026-12-08', 'Session replay for mobile').first().waitFor();
    await screenshot(page, 'import-plan-imported');

    const announcements = await readStore<Announcement>(page, 'announcements');
    const windows = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    const items = await readStore<ChecklistItem>(page, 'checklistItems');
    expect(announcements.map((row) => row.title).sort()).toEqual([
      'Heatmaps export',
      'Session replay for mobile',
    ]);
    expect(windows.map((row) => row.id)).toEqual(['eu-db']);
    // Major has 14 handbook items, minor 4, and the window its communications steps.
    expect(items.filter((item) => item.parentKind === 'announcement')).toHaveLength(18);
    expect(items.filter((item) => item.parentKind === 'maintenance').length).toBeGreaterThan(0);
    const stamps = new Set([
      ...announcements.flatMap((row) => [row.createdAt, row.updatedAt]),
      ...windows.flatMap((row) => [row.createdAt, row.updatedAt]),
      ...items.map((item) => item.updatedAt),
    ]);
    expect([...stamps]).toEqual([PREVIEWED]);
  });
});
