import type { Browser, Page } from 'playwright-core';
import { CalendarPage } from '../../e2e/pages/calendar-page';
import { installProbes, type BenchProbes } from './probes';
import type { BenchPlan } from './plan';
import { newContext } from './side';

/** Rows per store, as IndexedDB holds them. */
export type StoredRows = Record<string, unknown[]>;

/** One import through the dialog, in page milliseconds from the person's click. */
export type ImportTiming = {
  /** "Preview pasted text" clicked → "Import plan" usable (read, validated, records generated). */
  previewReady: number;
  /** "Import plan" clicked → its transaction committed in IndexedDB. */
  written: number;
  /** "Import plan" clicked → the probe launch painted on the calendar. */
  painted: number;
};

/** The raw write of the same rows, in page milliseconds from the start of its transaction. */
export type RawTiming = { written: number; painted: number };

type Probed = Window & { __bench: BenchProbes };

const DATABASE = 'tierline';
// The settings row is the app's own (the empty app made it); everything else the import wrote.
const NOT_WRITTEN = new Set(['settings']);

async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  // tsx (esbuild) may wrap functions in a `__name` helper that does not exist in the page.
  await page.addInitScript({ content: `var __name = (target) => target; (${installProbes.toString()})();` });
  await page.goto(url);
  await page.getByRole('button', { name: 'New announcement' }).waitFor();
  // Let the empty app finish its start-up work (first snapshot, settings) before timing.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return page;
}

function readStores(page: Page): Promise<StoredRows> {
  return page.evaluate(
    (name) =>
      new Promise<StoredRows>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const connection = open.result;
          const transaction = connection.transaction([...connection.objectStoreNames], 'readonly');
          const out: StoredRows = {};
          for (const store of connection.objectStoreNames) {
            const request = transaction.objectStore(store).getAll();
            request.onsuccess = () => (out[store] = request.result as unknown[]);
          }
          transaction.oncomplete = () => {
            connection.close();
            resolve(out);
          };
        };
      }),
    DATABASE,
  );
}

/** The rows `after` holds that `before` did not hold as they are: what happened in between wrote. */
function writtenRows(before: StoredRows, after: StoredRows): StoredRows {
  const out: StoredRows = {};
  for (const [store, rows] of Object.entries(after)) {
    if (NOT_WRITTEN.has(store)) continue;
    const had = new Set((before[store] ?? []).map((row) => JSON.stringify(row)));
    const fresh = rows.filter((row) => !had.has(JSON.stringify(row)));
    if (fresh.length > 0) out[store] = fresh;
  }
  return out;
}

/**
 * Imports the plan file into an empty app as a person does: Import, paste the file's text,
 * Preview, Import plan; times the preview, the commit and the probe launch painted. Returns the
 * timing and the rows the import wrote.
 */
export async function measureImport(
  browser: Browser,
  url: string,
  plan: BenchPlan,
  fileText: string,
): Promise<{ timing: ImportTiming; rows: StoredRows }> {
  const page = await openApp(browser, url);
  try {
    const before = await readStores(page);
    const dialog = await new CalendarPage(page).openImport();
    // Pasting is not timed: the clock starts when the person asks for the preview.
    await dialog.root.getByLabel("Or paste the file's text").fill(fileText);
    const ready = page.evaluate(() => (window as unknown as Probed).__bench.enabled('Import plan'));
    await dialog.root.getByRole('button', { name: 'Preview pasted text' }).click();
    const previewEnd = await ready;
    const previewStart = await page.evaluate(() => (window as unknown as Probed).__bench.lastClick());
    // Listening starts once the pasted text (which holds the titles) has left the page.
    const painted = page.evaluate(
      (title) => (window as unknown as Probed).__bench.painted(title),
      plan.probe.dragTitle,
    );
    await dialog.preview.getByRole('button', { name: 'Import plan' }).click();
    const paintedAt = await painted;
    await dialog.root.waitFor({ state: 'hidden' });
    const clicked = await page.evaluate(() => (window as unknown as Probed).__bench.lastClick());
    const committed = await page.evaluate(
      (after) => (window as unknown as Probed).__bench.committed('announcements', after),
      clicked,
    );
    const rows = writtenRows(before, await readStores(page));
    return {
      timing: {
        previewReady: previewEnd - previewStart,
        written: committed - clicked,
        painted: paintedAt - clicked,
      },
      rows,
    };
  } finally {
    await page.context().close();
  }
}

/**
 * Writes `rows` into an empty app's database in one raw IndexedDB transaction, tells the app as
 * another window's write would (Dexie's storage-mutated broadcast, every written store whole, as an
 * import of that size is reported), and times the commit and the probe launch painted.
 */
export async function measureRawWrite(
  browser: Browser,
  url: string,
  plan: BenchPlan,
  rows: StoredRows,
): Promise<RawTiming> {
  const page = await openApp(browser, url);
  try {
    return await page.evaluate(
      async ({ name, stores, title }) => {
        const probes = (window as unknown as Probed).__bench;
        const connection = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(new Error(String(open.error)));
        });
        const painted = probes.painted(title);
        const started = performance.now();
        const transaction = connection.transaction(Object.keys(stores), 'readwrite');
        for (const [store, values] of Object.entries(stores))
          for (const value of values) transaction.objectStore(store).put(value);
        const committed = await new Promise<number>((resolve, reject) => {
          transaction.oncomplete = () => resolve(performance.now());
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        });
        connection.close();
        // Dexie's cross-window message (its channel name and its whole-key-range parts).
        const everything = { from: -Infinity, to: [[]], d: 1 };
        const parts = Object.fromEntries(
          Object.keys(stores).flatMap((store) => [
            [`idb://${name}/${store}/`, everything],
            [`idb://${name}/${store}/:dels`, everything],
          ]),
        );
        const channel = new BroadcastChannel('x-storagemutated-1');
        channel.postMessage(parts);
        channel.close();
        return { written: committed - started, painted: (await painted) - started };
      },
      { name: DATABASE, stores: rows, title: plan.probe.dragTitle },
    );
  } finally {
    await page.context().close();
  }
}

/** How many rows a store map holds, all stores together. */
export function rowCount(rows: StoredRows): number {
  return Object.values(rows).reduce((sum, list) => sum + list.length, 0);
}
