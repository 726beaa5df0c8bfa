import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem, MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { ExportDialog } from './pages/export-dialog';
import { readPlanSnapshot } from './pages/plan-snapshot';
import { chooseToolbarAction } from './pages/toolbar';
import { WelcomePanel } from './pages/welcome';

const DOWNLOADS = mkdtempSync(join(tmpdir(), 'tierline-export-defaults-'));

/** Every dated thing the plan holds, read straight from IndexedDB: what "the whole plan" spans. */
async function storedPlan(app: AppSession) {
  const snapshot = await readPlanSnapshot(app.page);
  const announcements = snapshot.announcements as Announcement[];
  const items = snapshot.checklistItems as ChecklistItem[];
  const windows = snapshot.maintenanceWindows as MaintenanceWindow[];
  // The browser runs in Europe/London; a window's days are its London days.
  const londonDay = (instant: string) =>
    new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const dated = [
    ...announcements.map((row) => ({ day: row.launchDate, last: row.launchDate })),
    ...items.map((row) => ({ day: row.dueDate, last: row.dueDate })),
    ...windows.map((row) => ({ day: londonDay(row.start), last: londonDay(row.end) })),
  ];
  const days = dated.flatMap((row) => [row.day, row.last]).sort();
  return { announcements, dated, first: days[0]!, last: days.at(-1)! };
}

describe('export defaults leave nothing out without a word', () => {
  let app: AppSession;
  let dialog: ExportDialog;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await new WelcomePanel(app.page).loadSamplePlan();
    await chooseToolbarAction(app.page, 'Export');
    dialog = new ExportDialog(app.page);
    await dialog.root.waitFor();
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts on the whole plan’s range, says nothing is left out, and names the file by that range', async () => {
    const plan = await storedPlan(app);
    expect(await dialog.range()).toEqual({ from: plan.first, to: plan.last });
    expect(await dialog.leftOut()).toBe('');
    const name = `tierline-${plan.first}--${plan.last}.ics`;
    expect(await dialog.fileName()).toBe(name);
    const file = await dialog.saveFile(DOWNLOADS);
    expect(file.path.endsWith(name)).toBe(true);
    // Every launch and window is in the file.
    const events = (file.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
    expect(events).toBe(plan.dated.length);
  });

  it('says how many items a narrowed range leaves out, and renames the file', async () => {
    const plan = await storedPlan(app);
    await dialog.setRange({ to: '2026-12-31' });
    const outside = plan.dated.filter((row) => row.day > '2026-12-31').length;
    expect(outside).toBeGreaterThan(1);
    await expect.poll(() => dialog.leftOut()).toBe(`${outside} items outside the range are left out.`);
    expect(await dialog.fileName()).toBe(`tierline-${plan.first}--2026-12-31.ics`);
    await screenshot(app.page, 'export-left-out');
  });

  it('adds what a filter leaves out, and goes quiet once everything is back in', async () => {
    const plan = await storedPlan(app);
    await dialog.setRange({ to: plan.last });
    await dialog.hideTiers('Major');
    await expect.poll(() => dialog.leftOut()).toMatch(/^\d+ items are left out by the filters\.$/);
    const major = plan.announcements.filter((row) => row.tierKey === 'major').length;
    expect(Number((await dialog.leftOut()).split(' ')[0])).toBeGreaterThan(major);
    await dialog.root.getByRole('group', { name: 'Tiers' }).getByLabel('Major', { exact: true }).check();
    await expect.poll(() => dialog.leftOut()).toBe('');
  });

  it('opens the Array draft on the next edition that has launches', async () => {
    await dialog.chooseFormat('Array draft (Markdown)');
    // Editions go out on the 1st: December's has gone, January's covers 2 Dec – 1 Jan.
    expect(await dialog.root.getByLabel('Month').inputValue()).toBe('2027-01');
    const plan = await storedPlan(app);
    const covered = plan.announcements.filter(
      (row) => row.launchDate >= '2026-12-02' && row.launchDate <= '2027-01-01' && row.status === 'planned',
    );
    expect(covered.length).toBeGreaterThan(0);
    const preview = (await dialog.previewLines()).join('\n');
    for (const launch of covered) expect(preview).toContain(launch.title);
    await dialog.close();
  });
});
