import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './browser';
import { CalendarPage } from './pages/calendar-page';
import { dumpDatabase, loadDatabase, type DatabaseFixture } from './pages/database-fixture';
import { BackupsDialog } from './pages/backups-dialog';
import { readPlanSnapshot } from './pages/plan-snapshot';
import { expectNoAxeViolations } from './pages/accessibility';
import { PeoplePage } from './pages/people-page';
import type { ChecklistItem, Person } from '../../shared/types';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'db');

function fixture(file: string): DatabaseFixture {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as DatabaseFixture;
}

/** The ids of every row of every store: what no upgrade may lose. */
function idsByStore(stores: Record<string, { rows: unknown[] } | unknown[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(stores)) {
    const rows: unknown[] = Array.isArray(value) ? value : value.rows;
    out[name] = rows.map((row) => String((row as { id: unknown }).id)).sort();
  }
  return out;
}

describe('plans written by every earlier Tierline open with every row', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  // Each schema version adds its fixture (written once by that version's code) to this folder.
  const files = readdirSync(FIXTURES).filter((file) => /^v\d+\.json$/.test(file));

  it('has a fixture for every schema version up to this one', () => {
    expect(files).toEqual(expect.arrayContaining(['v1.json', 'v2.json', 'v3.json', 'v4.json']));
  });

  it('turns v1.json’s "Ben", "ben" and "BEN" into one person Ben who keeps every item, and loses no row', async () => {
    const old = fixture('v1.json');
    const oldItems = old.stores.checklistItems?.rows as { id: string; assignee: string }[];
    const wasBen = oldItems
      .filter((item) => item.assignee.trim().toLowerCase() === 'ben')
      .map((item) => item.id);
    expect(wasBen).toHaveLength(3);
    app = await openApp({ prepare: (page) => loadDatabase(page, old) });
    await new CalendarPage(app.page).expectItemOn('2026-12-08', 'Session replay for mobile');
    const after = await readPlanSnapshot(app.page);
    const people = after.people as Person[];
    expect(people.map((person) => person.name).sort()).toEqual(['Ana', 'Ben']);
    const ben = people.find((person) => person.name === 'Ben');
    const items = after.checklistItems as ChecklistItem[];
    expect(
      items
        .filter((item) => item.assigneeId === ben?.id)
        .map((item) => item.id)
        .sort(),
    ).toEqual(wasBen.sort());
    expect(items.every((item) => !('assignee' in item))).toBe(true);
    expect(items.filter((item) => item.assigneeId !== null)).toHaveLength(4);
    for (const store of ['announcements', 'checklistItems', 'maintenanceWindows', 'templateSets', 'settings'])
      expect(after[store]?.length, store).toBe(old.stores[store]?.rows.length);
    // The People settings list them, and the item's picker shows Ben.
    const peoplePage = await PeoplePage.open(app.page);
    expect(await peoplePage.names()).toEqual(['Ana', 'Ben']);
    await expectNoAxeViolations(app.page, 'dialog[open]');
  });

  for (const file of files) {
    it(`opens ${file} and keeps every row of every store`, async () => {
      const old = fixture(file);
      app = await openApp({ prepare: (page) => loadDatabase(page, old) });
      const calendar = new CalendarPage(app.page);
      await calendar.expectItemOn('2026-12-08', 'Session replay for mobile');
      await calendar.expectItemOn('2026-12-15', 'Feature flags API v2');
      const after = await readPlanSnapshot(app.page);
      const before = idsByStore(old.stores);
      const now = idsByStore(after);
      for (const [store, ids] of Object.entries(before)) expect(now[store], store).toEqual(ids);
      // Version 3 (team calendar, issue 12) adds its stores, empty: nothing is published yet.
      for (const store of ['syncState', 'tombstones', 'teamCalendar'])
        expect(after[store], store).toEqual([]);
      // Version 4 (import sources, issue 11) adds its store, empty unless that version imported a file.
      if (!old.stores.importSources) expect(after.importSources, 'importSources').toEqual([]);
      // Version 5 (repeating windows, issue 11) adds its store, empty: no window repeated before.
      expect(after.windowOccurrences, 'windowOccurrences').toEqual([]);
      // Nothing is reported damaged: every old row is valid in the new schema.
      expect(await app.page.getByRole('region', { name: 'Damaged records' }).count()).toBe(0);
    });
  }
});

describe('schema version 5 (repeating windows) over a version-4 plan', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens v4.json in Chromium, rewrites no row (the rule is an optional field) and adds an empty windowOccurrences', async () => {
    const old = fixture('v4.json');
    expect(old.version).toBe(40);
    expect(old.stores.importSources?.rows.length).toBeGreaterThan(0);
    app = await openApp({ prepare: (page) => loadDatabase(page, old) });
    await new CalendarPage(app.page).expectItemOn('2026-12-16', 'Ingestion pipeline upgrade');
    const dump = await dumpDatabase(app.page);
    expect(dump.version).toBe(50);
    for (const [store, shape] of Object.entries(old.stores))
      expect(dump.stores[store]?.rows, store).toEqual(shape.rows);
    expect(dump.stores.windowOccurrences?.rows).toEqual([]);
    expect(dump.stores.windowOccurrences?.indexes.map((index) => index.name)).toEqual(['seriesId']);
  });
});

describe('hostile input: databases from other versions and other windows', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('refuses a plan saved by a newer Tierline, touches nothing and offers a backup', async () => {
    const newer: DatabaseFixture = {
      ...fixture('v1.json'),
      version: 990,
      stores: {
        ...fixture('v1.json').stores,
        futureThings: { keyPath: 'id', autoIncrement: false, indexes: [], rows: [{ id: 'f-1' }] },
      },
    };
    app = await openApp({ prepare: (page) => loadDatabase(page, newer), waitForPlan: false });
    const { page } = app;
    await page.getByRole('heading', { name: 'This plan was saved by a newer Tierline' }).waitFor();
    await page.getByText('Your plan is at version 99; this Tierline reads up to version 5.').waitFor();
    expect(await page.getByRole('button', { name: 'New announcement' }).count()).toBe(0);
    await screenshot(page, 'newer-database-refused');
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    const backup = JSON.parse(text) as { schemaVersion: number; data: Record<string, unknown[]> };
    expect(backup.schemaVersion).toBe(99);
    expect(backup.data.futureThings).toEqual([{ id: 'f-1' }]);
    expect(backup.data.announcements).toHaveLength(3);

    const dump = await dumpDatabase(page);
    expect(dump.version).toBe(990);
    expect(idsByStore(dump.stores)).toEqual(idsByStore(newer.stores));
    expect(dump.stores).toEqual(newer.stores);
  });

  it('stops writing and says so when another window upgrades the plan', async () => {
    app = await openApp();
    const { page, context, url } = app;
    const calendar = new CalendarPage(page);
    const first = await calendar.newAnnouncement();
    await first.fill({ title: 'Before the upgrade', tier: 'Minor', launchDate: '2026-12-09' });
    await first.submit();
    await calendar.expectItemOn('2026-12-09', 'Before the upgrade');

    // A newer Tierline in another window upgrades the database (here: plain IndexedDB at version 90).
    const other = await context.newPage();
    await other.goto(`${url}__prepare__`);
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tierline', 90);
          open.onupgradeneeded = () => open.result.createObjectStore('futureThings', { keyPath: 'id' });
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(new Error(String(open.error)));
          open.onblocked = () => reject(new Error('the old window did not let go of the database'));
        }),
    );
    await page.getByText('Tierline was updated in another window, so this one has stopped saving.').waitFor();
    await screenshot(page, 'updated-in-another-window');
    const before = await readPlanSnapshot(page);

    // A write attempted now must not land in the upgraded database.
    const dialog = await calendar.newAnnouncement();
    await dialog.fill({ title: 'Written after the upgrade', tier: 'Minor', launchDate: '2026-12-10' });
    await dialog.submit();
    await dialog.expectMessage(/closed|Database/i);
    expect(await readPlanSnapshot(page)).toEqual(before);
    expect((await dumpDatabase(page)).version).toBe(90);

    await page.reload();
    await page.getByRole('heading', { name: 'This plan was saved by a newer Tierline' }).waitFor();
    await other.close();
  });

  it('waits for a window that holds the old version open, says so, and upgrades once it lets go', async () => {
    const old = { ...fixture('v1.json'), version: 5 };
    let release: (() => Promise<void>) | undefined;
    app = await openApp({
      waitForPlan: false,
      prepare: async (page) => {
        await loadDatabase(page, old);
        // A hung window of an old build: it holds the database and ignores versionchange.
        const holder = await page.context().newPage();
        await holder.goto(page.url());
        await holder.evaluate(
          () =>
            new Promise<void>((resolve) => {
              const open = indexedDB.open('tierline', 5);
              open.onsuccess = () => {
                (window as unknown as { held: IDBDatabase }).held = open.result;
                resolve();
              };
            }),
        );
        release = async () => {
          await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
          await holder.close();
        };
      },
    });
    const { page } = app;
    await page.getByRole('heading', { name: 'Waiting for another Tierline window' }).waitFor();
    await screenshot(page, 'upgrade-blocked');
    await release?.();
    await new CalendarPage(page).expectItemOn('2026-12-08', 'Session replay for mobile');
    expect((await dumpDatabase(page)).version).toBe(50);
    const kept = idsByStore(await readPlanSnapshot(page));
    for (const [store, ids] of Object.entries(idsByStore(old.stores)))
      expect(kept[store], store).toEqual(ids);
    // The old rows were kept as a snapshot before the upgrade touched them.
    const backups = await BackupsDialog.open(page);
    await backups.row('Before upgrade').getByText('3 announcements', { exact: false }).waitFor();
  });
});
