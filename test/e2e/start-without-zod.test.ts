import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './browser';
import { BackupsDialog } from './pages/backups-dialog';
import { CalendarPage } from './pages/calendar-page';
import { readPlanSnapshot, writeRawRows } from './pages/plan-snapshot';

/*
 * Issue 13: the backup checks (zod and every backup schema built with it, ~90 KB of script) load
 * when a part that checks a file needs them, not when the plan opens. The start snapshot and its
 * rotation, just after the first paint, used to load them where a planner's first drop may land.
 */

type SnapshotEntry = { seq: number; takenAt: string; reason: string };

const ASSETS = new URL('../../dist/renderer/assets/', import.meta.url);

/** The app's scripts the page asked for, from its last load on. */
function recordScripts(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) names.push(name);
  });
  return names;
}

/** Of `names`, those holding zod's code (its `_zod` internals). */
function withZod(names: readonly string[]): string[] {
  expect(names.length).toBeGreaterThan(3);
  return [...new Set(names)].filter((name) => readFileSync(new URL(name, ASSETS), 'utf8').includes('_zod'));
}

/** The snapshot list's stored entries; none before the app has made its snapshot database. */
async function snapshotEntries(page: Page): Promise<SnapshotEntry[]> {
  // Asked first: opening a database that is not there would make it, without the app's stores.
  const made = await page.evaluate(async () =>
    (await indexedDB.databases()).some((database) => database.name === 'tierline-backups'),
  );
  if (!made) return [];
  const stores = await readPlanSnapshot(page, 'tierline-backups');
  return (stores.snapshots ?? []) as SnapshotEntry[];
}

describe('opening a plan with a dozen snapshots kept', () => {
  let app: AppSession;
  let calendar: CalendarPage;
  let scripts: string[];

  beforeAll(async () => {
    app = await openApp();
    calendar = new CalendarPage(app.page);
    // The first opening's start snapshot, then twelve hourly ones from the night before, as if the
    // app had been open all night: more than the ten always kept, so the next start rotates them.
    const deadline = Date.now() + 10_000;
    while ((await snapshotEntries(app.page)).length === 0) {
      if (Date.now() > deadline) throw new Error('the first start snapshot was never written');
      await app.page.waitForTimeout(100);
    }
    const hours = Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(2026, 11, 1, 22 + index)));
    await writeRawRows(
      app.page,
      'snapshots',
      hours.map((hour, index) => ({
        seq: 100 + index,
        takenAt: hour.toISOString(),
        reason: 'hourly',
        counts: { announcements: 0, windows: 0, items: 0 },
        bytes: 3,
      })),
      'tierline-backups',
    );
    await writeRawRows(
      app.page,
      'texts',
      hours.map((_, index) => ({ seq: 100 + index, text: '{}\n' })),
      'tierline-backups',
    );
    scripts = recordScripts(app.page);
    await calendar.reload();
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes the start snapshot and lets the old ones go without loading the backup checks', async () => {
    const { page } = app;
    // Fourteen stored: the ten newest stay, and the newest of 1 December (23:00) as that day's.
    await expect
      .poll(async () => (await snapshotEntries(page)).map((entry) => entry.takenAt).sort())
      .toEqual([
        '2026-12-01T23:00:00.000Z',
        ...Array.from({ length: 8 }, (_, hour) => `2026-12-02T0${hour + 2}:00:00.000Z`),
        '2026-12-02T10:00:00.000Z',
        '2026-12-02T10:00:00.000Z',
      ]);
    expect((await snapshotEntries(page)).filter((entry) => entry.reason === 'start')).toHaveLength(2);
    expect(withZod(scripts)).toEqual([]);
  });

  it('lists all eleven in Settings → Backups, which loads the checks its restores need', async () => {
    const { page } = app;
    const backups = await BackupsDialog.open(page);
    expect(await backups.rows().count()).toBe(11);
    await backups.row('At start').waitFor();
    // The probe finds zod when it is there: the dialog checks a snapshot before restoring it.
    await expect.poll(() => withZod(scripts).length).toBe(1);
    await backups.close();
  });
});
