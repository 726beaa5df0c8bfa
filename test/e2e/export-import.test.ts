import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import ical from 'node-ical';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, ChecklistItem, MaintenanceWindow } from '../../shared/types';
import { openApp, screenshot, type AppSession } from './browser';
import { dayCell } from './calendar-helpers';
import { readStore } from './idb';

const LAUNCH = 'Session replay for mobile';
const WINDOW = 'EU Cloud database upgrade';
// The Export dialog starts on the whole plan's range, first to last dated thing (read once the plan is made).
const RANGE = { from: '', to: '' };
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'tierline-downloads-'));
const FIXTURE_ICS = join(process.cwd(), 'test', 'fixtures', 'ics', 'team-december.ics');

/** Clicks a button that makes the page download a file; returns the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // Kept under the name the browser suggested, as it lands in a person's Downloads folder.
  const path = join(DOWNLOADS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** Opens a file through the browser's file picker, as a person would from "Choose file…". */
async function chooseFile(page: Page, button: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(path);
}

async function storeCounts(page: Page): Promise<Record<string, number>> {
  const names = ['announcements', 'checklistItems', 'maintenanceWindows', 'templateSets', 'settings'];
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (await readStore(page, name)).length;
  return counts;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('export and import through the toolbar', () => {
  let app: AppSession;
  const exportDialog = () => app.page.getByRole('dialog', { name: 'Export' });
  const importDialog = () => app.page.getByRole('dialog', { name: 'Import' });
  const openExport = async () => {
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog().waitFor();
  };
  const openImport = async () => {
    await app.page.getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog().waitFor();
  };
  const closeDialog = async (dialog: Locator) => {
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  };

  beforeAll(async () => {
    app = await openApp();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await app.close();
  });

  it('plans an announcement and a maintenance window through the UI', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New announcement' }).click();
    const launch = page.getByRole('dialog', { name: 'New announcement' });
    await launch.getByLabel('Title').fill(LAUNCH);
    await launch.getByLabel('Tier').selectOption({ label: 'Major' });
    await launch.getByLabel('Launch date').fill('2026-12-08');
    await launch.getByRole('button', { name: 'Create announcement' }).click();
    await dayCell(page, '2026-12-08').getByText(LAUNCH).waitFor();

    await page.getByRole('button', { name: 'New maintenance window' }).click();
    const work = page.getByRole('dialog', { name: 'New maintenance window' });
    await work.getByLabel('Title').fill(WINDOW);
    await work.getByLabel('Start').fill('2026-12-05T22:00');
    await work.getByLabel('End').fill('2026-12-06T02:00');
    await work.getByLabel('Affected services').fill('EU Cloud');
    await work.getByRole('button', { name: 'Create window' }).click();
    await expect
      .poll(async () => (await readStore<MaintenanceWindow>(page, 'maintenanceWindows')).length)
      .toBe(1);
    expect(await readStore(page, 'announcements')).toHaveLength(1);
  });

  it('exports the calendar as ICS that ical.js and node-ical both read', async () => {
    const { page } = app;
    const londonDay = (instant: string) =>
      new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const days = [
      ...(await readStore<Announcement>(page, 'announcements')).map((row) => row.launchDate),
      ...(await readStore<ChecklistItem>(page, 'checklistItems')).map((row) => row.dueDate),
      ...(await readStore<MaintenanceWindow>(page, 'maintenanceWindows')).flatMap((row) => [
        londonDay(row.start),
        londonDay(row.end),
      ]),
    ].sort();
    RANGE.from = days[0]!;
    RANGE.to = days.at(-1)!;
    await openExport();
    const dialog = exportDialog();
    expect(await dialog.getByRole('radio', { name: 'Calendar (ICS)' }).isChecked()).toBe(true);
    expect(
      await dialog.getByRole('radio', { name: 'All-day due events (Google Calendar, Outlook)' }).isChecked(),
    ).toBe(true);
    expect(await dialog.getByLabel('From', { exact: true }).inputValue()).toBe(RANGE.from);
    expect(await dialog.getByLabel('To', { exact: true }).inputValue()).toBe(RANGE.to);
    await dialog
      .getByText(
        'Publishing to a folder needs the desktop app; in the browser, use Save file… to export by hand.',
      )
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Choose folder…' }).count()).toBe(0);
    const preview = dialog.getByLabel('Preview');
    expect((await preview.textContent())?.startsWith('BEGIN:VCALENDAR')).toBe(true);
    await screenshot(page, 'export-dialog-ics');

    const items = await readStore<ChecklistItem>(page, 'checklistItems');
    const inRange = items.filter((item) => item.dueDate >= RANGE.from && item.dueDate <= RANGE.to);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.some((item) => item.dueAt === null) && inRange.some((item) => item.dueAt !== null)).toBe(
      true,
    );
    const expectedEvents = 2 + inRange.length;
    expect(await dialog.getByText(`${expectedEvents} events`, { exact: true }).count()).toBe(1);

    const file = await download(page, dialog.getByRole('button', { name: 'Save file…' }));
    expect(file.name).toBe(`tierline-${RANGE.from}--${RANGE.to}.ics`);
    expect(file.text).not.toMatch(/[^\r]\n/);

    const calendar = new ICAL.Component(ICAL.parse(file.text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(expectedEvents);
    const launch = events.find((event) => event.summary === LAUNCH);
    expect(launch?.startDate.isDate).toBe(true);
    expect(launch?.startDate.toString()).toBe('2026-12-08');
    expect(launch?.endDate.toString()).toBe('2026-12-09');
    const work = events.find((event) => event.summary === WINDOW);
    expect(work?.startDate.toJSDate().toISOString()).toBe('2026-12-05T22:00:00.000Z');
    expect(work?.endDate.toJSDate().toISOString()).toBe('2026-12-06T02:00:00.000Z');
    const uids = new Set(events.map((event) => event.uid));
    for (const item of inRange) expect(uids.has(`${item.id}@tierline`)).toBe(true);

    const parsed = Object.values(ical.sync.parseICS(file.text)).filter(
      (entry): entry is ical.VEvent => entry?.type === 'VEVENT',
    );
    expect(parsed).toHaveLength(expectedEvents);
    const byUid = new Map(parsed.map((entry) => [entry.uid, entry]));
    const [stored] = await readStore<Announcement>(page, 'announcements');
    const nodeLaunch = byUid.get(`${stored?.id}@tierline`);
    expect(nodeLaunch?.datetype).toBe('date');
    expect(nodeLaunch && localDay(nodeLaunch.start)).toBe('2026-12-08');
    const [storedWindow] = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    const nodeWork = byUid.get(`${storedWindow?.id}@tierline`);
    expect(nodeWork?.start.toISOString()).toBe('2026-12-05T22:00:00.000Z');
    expect(nodeWork?.end?.toISOString()).toBe('2026-12-06T02:00:00.000Z');
    for (const item of inRange) {
      const due = byUid.get(`${item.id}@tierline`);
      // Announcement items are due on a day; maintenance messages at a set time.
      if (item.dueAt) {
        expect(due?.start.toISOString()).toBe(item.dueAt);
      } else {
        expect(due?.datetype).toBe('date');
        expect(due && localDay(due.start)).toBe(item.dueDate);
      }
    }
  });

  it('exports the schedule as Markdown whose tables markdown-it reads', async () => {
    const { page } = app;
    const dialog = exportDialog();
    await dialog.getByRole('radio', { name: 'Schedule (Markdown)' }).check();
    await expect
      .poll(async () => (await dialog.getByLabel('Preview').textContent())?.startsWith('# Schedule'))
      .toBe(true);
    await screenshot(page, 'export-dialog-schedule');
    const file = await download(page, dialog.getByRole('button', { name: 'Save file…' }));
    expect(file.name).toBe(`tierline-schedule-${RANGE.from}-to-${RANGE.to}.md`);

    const tokens = new MarkdownIt().parse(file.text, {});
    const rows: string[][] = [];
    let row: string[] | null = null;
    let inBody = false;
    tokens.forEach((token, index) => {
      if (token.type === 'tbody_open') inBody = true;
      if (token.type === 'tbody_close') inBody = false;
      if (inBody && token.type === 'tr_open') row = [];
      if (inBody && token.type === 'inline' && row && tokens[index - 1]?.type === 'td_open')
        row.push(token.content);
      if (inBody && token.type === 'tr_close' && row) {
        rows.push(row);
        row = null;
      }
    });
    const items = (await readStore<ChecklistItem>(page, 'checklistItems')).filter(
      (item) => item.dueDate >= RANGE.from && item.dueDate <= RANGE.to,
    );
    expect(rows).toHaveLength(2 + items.length);
    for (const cells of rows) expect(cells).toHaveLength(5);
    expect(rows.find((cells) => cells[1] === LAUNCH)?.[2]).toBe('Announcement · Major');
    expect(rows.find((cells) => cells[1] === WINDOW)?.[2]).toBe('Maintenance · downtime');
    expect(await dialog.getByText(`${rows.length} rows`, { exact: true }).count()).toBe(1);
    expect(file.text).toContain('22:00');

    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('status').getByText('Copied Schedule (Markdown) to the clipboard').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.text);
  });

  it('saves a full backup, and importing it back restores a deleted announcement', async () => {
    const { page } = app;
    const dialog = exportDialog();
    await dialog.getByRole('radio', { name: 'Full backup (JSON)' }).check();
    const backup = await download(page, dialog.getByRole('button', { name: 'Save file…' }));
    expect(backup.name).toBe('tierline-backup-2026-12-02.json');
    await closeDialog(dialog);
    const announcementsBefore = await readStore<Announcement>(page, 'announcements');
    const itemsBefore = await readStore<ChecklistItem>(page, 'checklistItems');

    await dayCell(page, '2026-12-08').getByText(LAUNCH).click();
    const panel = page.getByRole('complementary', { name: 'Announcement details' });
    await panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await panel.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(async () => (await readStore(page, 'announcements')).length).toBe(0);
    // The calendar re-renders from a live query a moment after the write lands.
    await expect.poll(() => dayCell(page, '2026-12-08').getByText(LAUNCH).count()).toBe(0);

    await openImport();
    await chooseFile(page, importDialog().getByRole('button', { name: 'Choose file…' }), backup.path);
    const preview = importDialog().getByRole('region', { name: 'Import preview' });
    await preview.getByText('(full backup from').waitFor();
    await preview.getByRole('button', { name: 'Replace my plan…' }).click();
    await preview.getByText('This replaces all your data.').waitFor();
    await screenshot(page, 'import-backup-confirm');
    const safety = await download(
      page,
      preview.getByRole('button', { name: 'Replace my plan', exact: true }),
    );
    expect(safety.name).toBe('tierline-before-import-2026-12-02.json');
    const saved = JSON.parse(safety.text) as {
      format: string;
      data: { announcements: unknown[]; maintenanceWindows: unknown[] };
    };
    expect(saved.format).toBe('tierline-backup');
    expect(saved.data.announcements).toHaveLength(0);
    expect(saved.data.maintenanceWindows).toHaveLength(1);

    await expect.poll(() => importDialog().isVisible()).toBe(false);
    await page.getByRole('status').getByText(`Replaced your plan from ${backup.name}.`).waitFor();
    await dayCell(page, '2026-12-08').getByText(LAUNCH).waitFor();
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await readStore<Announcement>(page, 'announcements'))).toEqual(byId(announcementsBefore));
    expect(byId(await readStore<ChecklistItem>(page, 'checklistItems'))).toEqual(byId(itemsBefore));
  });

  it('imports a calendar file after a preview, and the events land on the calendar', async () => {
    const { page } = app;
    await openImport();
    await chooseFile(page, importDialog().getByRole('button', { name: 'Choose file…' }), FIXTURE_ICS);
    const preview = importDialog().getByRole('region', { name: 'Import preview' });
    await preview.getByRole('cell', { name: 'Dashboards launch' }).waitFor();
    expect(await preview.getByLabel('Import “Dashboards launch” as').inputValue()).toBe('announcement');
    expect(await preview.getByLabel('Import “Ingestion pipeline upgrade” as').inputValue()).toBe(
      'maintenance',
    );
    const skipped = preview.getByRole('region', { name: 'Skipped events' });
    await skipped.getByText('Line 20').waitFor();
    await screenshot(page, 'import-ics-preview');

    await preview.getByLabel('Tier for announcements').selectOption({ label: 'Medium' });
    await preview.getByRole('button', { name: 'Import 2 items' }).click();
    await expect.poll(() => importDialog().isVisible()).toBe(false);
    await dayCell(page, '2026-12-15').getByText('Dashboards launch').waitFor();
    await dayCell(page, '2026-12-16').getByText('Ingestion pipeline upgrade').waitFor();
    const windows = await readStore<MaintenanceWindow>(page, 'maintenanceWindows');
    // 22:00 in Central Europe (Outlook's "W. Europe Standard Time") is 21:00 UTC in December.
    expect(windows.find((window) => window.title === 'Ingestion pipeline upgrade')).toMatchObject({
      start: '2026-12-16T21:00:00.000Z',
      end: '2026-12-16T23:00:00.000Z',
    });
    const announcements = await readStore<Announcement>(page, 'announcements');
    expect(announcements.find((row) => row.title === 'Dashboards launch')).toMatchObject({
      launchDate: '2026-12-15',
      tierKey: 'medium',
    });
  });

  it('refuses a malformed plan file with its JSON path and leaves IndexedDB unchanged', async () => {
    const { page } = app;
    const folder = mkdtempSync(join(tmpdir(), 'tierline-import-'));
    const badPlan = join(folder, 'bad-plan.json');
    writeFileSync(
      badPlan,
      JSON.stringify({
        tierline: 1,
        announcements: [{ title: 'Funnels 2.0', tier: 'major', launch: 'next Tuesday' }],
      }),
    );
    const badJson = join(folder, 'broken.json');
    writeFileSync(
      badJson,
      '{\n  "tierline": 1,\n  "announcements": [\n    { "title": "x" "tier": "major" }\n  ]\n}\n',
    );
    const before = await storeCounts(page);

    await openImport();
    await chooseFile(page, importDialog().getByRole('button', { name: 'Choose file…' }), badPlan);
    const preview = importDialog().getByRole('region', { name: 'Import preview' });
    await preview.getByRole('region', { name: 'Problems' }).getByText('$.announcements[0].launch').waitFor();
    expect(await preview.getByRole('button', { name: 'Import plan' }).count()).toBe(0);
    await screenshot(page, 'import-plan-problems');

    await importDialog().getByRole('button', { name: '← Choose another file' }).click();
    await chooseFile(page, importDialog().getByRole('button', { name: 'Choose file…' }), badJson);
    await importDialog()
      .getByText(/not valid JSON at line 4, column \d+/)
      .waitFor();
    await closeDialog(importDialog());
    expect(await storeCounts(page)).toEqual(before);
  });

  it('copies an announcement checklist as Markdown from the details panel', async () => {
    const { page } = app;
    await dayCell(page, '2026-12-08').getByText(LAUNCH).click();
    const panel = page.getByRole('complementary', { name: 'Announcement details' });
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByRole('status').getByText('Copied checklist as Markdown').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const tokens = new MarkdownIt().parse(text, {});
    const headings = tokens.filter((token) => token.type === 'heading_open');
    expect(headings).toHaveLength(1);
    const [stored] = (await readStore<Announcement>(page, 'announcements')).filter(
      (row) => row.title === LAUNCH,
    );
    const items = (await readStore<ChecklistItem>(page, 'checklistItems')).filter(
      (item) => item.parentId === stored?.id,
    );
    expect(text.match(/^- \[[ x]\] /gm)).toHaveLength(items.length);
  });

  it('publishes to a folder on desktop and rewrites the files after each change', async () => {
    // A stand-in for the preload bridge: the same functions, answering as the main process does.
    const page = await app.context.newPage();
    await page.addInitScript(() => {
      const published: unknown[] = [];
      const target = window as unknown as Record<string, unknown>;
      target.__published = published;
      target.__failNext = false;
      target.tierline = {
        appVersion: () => Promise.resolve('test'),
        saveTextFile: () => Promise.resolve({ status: 'cancelled' }),
        openTextFile: () => Promise.resolve({ status: 'cancelled' }),
        openExternal: () => Promise.resolve(),
        choosePublishFolder: () => Promise.resolve({ status: 'chosen', folder: '/srv/team-calendar' }),
        publishFiles: (request: { folder: string }) => {
          if (target.__failNext)
            return Promise.resolve({
              status: 'failed',
              message: 'Choose the publish folder again: it was not picked in this session.',
            });
          published.push(request);
          return Promise.resolve({ status: 'written', folder: request.folder });
        },
      };
    });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New announcement' }).waitFor();
    type Published = { folder: string; files: { name: string; contents: string }[] };
    const published = () =>
      page.evaluate(() => (window as unknown as { __published: Published[] }).__published);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const section = dialog.getByRole('region', { name: 'Publish to a folder' });
    await section.getByRole('button', { name: 'Choose folder…' }).click();
    await section.getByText(/^Publishing to \/srv\/team-calendar, last written /).waitFor();
    await screenshot(page, 'export-publish-desktop');
    const [first] = await published();
    expect(first?.folder).toBe('/srv/team-calendar');
    expect(first?.files.map((file) => file.name)).toEqual(['tierline.ics', 'tierline-schedule.md']);
    expect(first?.files[0]?.contents).toContain(`SUMMARY:${LAUNCH}`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'New announcement' }).click();
    const launch = page.getByRole('dialog', { name: 'New announcement' });
    await launch.getByLabel('Title').fill('Heatmaps for mobile');
    await launch.getByLabel('Launch date').fill('2026-12-21');
    await launch.getByRole('button', { name: 'Create announcement' }).click();
    await expect
      .poll(
        async () =>
          (await published()).some((request) =>
            request.files[0]?.contents.includes('SUMMARY:Heatmaps for mobile'),
          ),
        { timeout: 5000 },
      )
      .toBe(true);
    const latest = (await published()).at(-1);
    expect(latest?.files[1]?.contents).toContain('Heatmaps for mobile');

    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).__failNext = true;
    });
    await dayCell(page, '2026-12-21').getByText('Heatmaps for mobile').click();
    await page
      .getByRole('complementary', { name: 'Announcement details' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await section.getByRole('alert').getByText('Choose the publish folder again').waitFor({ timeout: 5000 });
    await page.close();
  });
});
