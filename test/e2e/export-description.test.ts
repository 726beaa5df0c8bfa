import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { readStore } from './idb';
import { CalendarPage } from './pages/calendar-page';

/*
 * Issue 14: the exported DESCRIPTION read against what IndexedDB holds and against lines written out by
 * hand, not against the exporter's own describe functions.
 */
describe('an exported launch describes the stored plan', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("writes the launch day and each stored checklist item's line into the ICS description", async () => {
    const calendar = new CalendarPage(app.page);
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({
      title: 'Funnels, with commas; and semicolons',
      tier: 'Major',
      launchDate: '2026-12-08',
    });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-08', 'Funnels, with commas; and semicolons');

    await calendar.toolbarButton('Export').click();
    const exportDialog = app.page.getByRole('dialog', { name: 'Export' });
    await exportDialog.waitFor();
    await screenshot(app.page, 'export-description');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Save file…' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');

    const [stored] = await readStore<Announcement>(app.page, 'announcements');
    const items = (await readStore<ChecklistItem>(app.page, 'checklistItems'))
      .filter((item) => item.parentId === stored?.id)
      .sort((a, b) => a.order - b.order);
    expect(items.length).toBeGreaterThan(5);
    const event = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .find((component) => component.getFirstPropertyValue('uid') === `${stored?.id}@tierline`);
    expect(event?.getFirstPropertyValue('summary')).toBe('Funnels, with commas; and semicolons');
    const lines = String(event?.getFirstPropertyValue('description')).split('\n');
    expect(lines).toContain('Launch: Tue 8 Dec 2026');
    expect(lines).toContain('Tier: Major');
    expect(lines).toContain(`Checklist (0/${items.length} done):`);
    // Each line from the stored row: open box, title, team in brackets, due day as stored.
    for (const item of items) expect(lines).toContain(`[ ] ${item.title} (${item.team}) due ${item.dueDate}`);
  });
});
