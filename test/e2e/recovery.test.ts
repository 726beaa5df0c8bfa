import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { expectNoAxeViolations } from './pages/accessibility';
import { readPlanSnapshot, type PlanSnapshot } from './pages/plan-snapshot';

/**
 * A fault the app can't prevent: the browser's date formatting breaks (as a corrupt ICU data file
 * or a misbehaving extension can make it). It is switched by `window.tierlineFault`, or for a whole
 * page load by sessionStorage, so the test decides when it strikes; the app is the production
 * build, unchanged.
 */
function breakDateFormatting(): void {
  const state = window as unknown as { tierlineFault?: boolean };
  state.tierlineFault = sessionStorage.getItem('tierline-fault') === 'on';
  const prototype = Intl.DateTimeFormat.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'formatToParts');
  const original = descriptor?.value as (
    this: Intl.DateTimeFormat,
    date?: Date | number,
  ) => Intl.DateTimeFormatPart[];
  prototype.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    if (state.tierlineFault) throw new Error('Date formatting failed');
    return original.call(this, date);
  };
}

async function setFault(app: AppSession, on: boolean, scope: 'now' | 'next load' = 'now'): Promise<void> {
  await app.page.evaluate(
    ({ value, whole }) => {
      if (whole) sessionStorage.setItem('tierline-fault', value ? 'on' : 'off');
      else (window as unknown as { tierlineFault: boolean }).tierlineFault = value;
    },
    { value: on, whole: scope === 'next load' },
  );
}

describe('hostile input: a part of the window fails to render', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let before: PlanSnapshot;
  beforeAll(async () => {
    app = await openApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.page.addInitScript(breakDateFormatting);
    calendar = new CalendarPage(app.page);
    await calendar.reload();
  });
  afterAll(async () => {
    await app.close();
  });

  const recovery = () =>
    app.page
      .getByRole('alert')
      .filter({ has: app.page.getByRole('heading', { name: /ran into a problem/ }) });

  it('replaces only the calendar with a recovery screen; the plan and the rest of the window are untouched', async () => {
    const { page } = app;
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Kept safe', tier: 'Minor', launchDate: '2026-12-09' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-09', 'Kept safe');
    before = await readPlanSnapshot(page);
    await setFault(app, true);
    await page.getByRole('button', { name: /^Next/ }).first().click();
    await recovery().getByRole('heading', { name: 'The calendar ran into a problem' }).waitFor();
    await recovery().getByText('Date formatting failed').waitFor();
    await screenshot(page, 'recovery-screen');
    expect(await readPlanSnapshot(page)).toEqual(before);
    // The side panel and the toolbar still work.
    await page
      .getByRole('complementary', { name: 'Announcement details' })
      .getByRole('heading', { name: 'Kept safe' })
      .waitFor();
    expect(await calendar.toolbarButton('New announcement').isEnabled()).toBe(true);
    await expectNoAxeViolations(page, '.recovery');
  });

  it('downloads a backup of the plan from the recovery screen', async () => {
    const download = app.page.waitForEvent('download');
    await recovery().getByRole('button', { name: 'Download a backup' }).click();
    const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      format: string;
      data: { announcements: Announcement[] };
    };
    expect(backup.format).toBe('tierline-backup');
    expect(backup.data.announcements.map((a) => a.title)).toEqual(['Kept safe']);
  });

  it('keeps the error in a local log the planner can copy into a bug report', async () => {
    await recovery().getByRole('button', { name: 'Copy error log' }).click();
    await recovery().getByText('Copied the error log').waitFor();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Tierline \d+\.\d+\.\d+/);
    expect(copied).toContain('calendar: Error: Date formatting failed');
  });

  it('undoes the last change from the recovery screen, and Reload brings the calendar back', async () => {
    await recovery().getByRole('button', { name: 'Undo the last change' }).click();
    await expect
      .poll(async () => ((await readPlanSnapshot(app.page)).announcements as Announcement[]).length)
      .toBe(0);
    await setFault(app, false);
    await recovery().getByRole('button', { name: 'Reload' }).click();
    await calendar.toolbarButton('New announcement').waitFor();
    await calendar.day('2026-12-09').waitFor();
    expect(await calendar.item('2026-12-09', 'Kept safe').count()).toBe(0);
  });

  it('shows the whole-window recovery screen when the app itself cannot render, never a blank page', async () => {
    const { page } = app;
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Survives a crash', tier: 'Minor', launchDate: '2026-12-10' });
    await dialog.submit();
    await calendar.expectItemOn('2026-12-10', 'Survives a crash');
    const stored = await readPlanSnapshot(page);
    await setFault(app, true, 'next load');
    await page.reload();
    await recovery().getByRole('heading', { name: 'Tierline ran into a problem' }).waitFor();
    await screenshot(page, 'recovery-whole-window');
    await expectNoAxeViolations(page);
    expect(await readPlanSnapshot(page)).toEqual(stored);
    await setFault(app, false, 'next load');
    await recovery().getByRole('button', { name: 'Reload' }).click();
    await calendar.expectItemOn('2026-12-10', 'Survives a crash');
  });
});
