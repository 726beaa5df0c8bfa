import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installProbes, type BenchProbes, type DropTiming } from './probes';
import { benchSettings, type BenchPlan } from './plan';

/** One of the two pages measured against each other. */
export type Side = {
  name: 'tierline' | 'bare';
  url: string;
  database: string;
  /** Resolves once the page is ready for a person (the app: its toolbar). */
  ready(page: Page): Promise<void>;
};

/** What one load of a page measured. */
export type LoadResult = {
  coldStart: number;
  heapMiB: number;
  nextMonth: number;
  drops: DropTiming[];
};

type Probed = Window & { __bench: BenchProbes };

/** A fresh profile with the browser tests' window and locale, so the app lays out as it does for them. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1400, height: 900 },
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  });
}

/** Opens a fresh profile on the side and writes the plan's rows straight into its database. */
export async function seed(
  browser: Browser,
  side: Side,
  plan: BenchPlan,
  markers: boolean,
): Promise<BrowserContext> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(side.url);
  await side.ready(page);
  const stores = {
    announcements: plan.announcements,
    checklistItems: plan.checklistItems,
    maintenanceWindows: plan.maintenanceWindows,
    templateSets: plan.templateSets,
    settings: [benchSettings(markers)],
  };
  await page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const transaction = open.result.transaction(Object.keys(rows), 'readwrite');
          for (const [store, values] of Object.entries(rows))
            for (const value of values) transaction.objectStore(store).put(value);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    { name: side.database, rows: stores },
  );
  await page.close();
  return context;
}

async function dragOnce(page: Page, fromDay: string, title: string, toDay: string): Promise<DropTiming> {
  const source = await page
    .locator(`[role="cell"][data-date="${fromDay}"]`)
    .first()
    .getByText(title, { exact: true })
    .first()
    .boundingBox();
  const target = await page.locator(`[role="cell"][data-date="${toDay}"]`).first().boundingBox();
  if (!source || !target) throw new Error(`Cannot drag ${title} from ${fromDay}: not on screen.`);
  await page.evaluate(() => (window as unknown as Probed).__bench.reset());
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 12, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as Probed).__bench.settle(400, 5000));
}

/**
 * Loads the seeded side cold (no HTTP cache), then measures: first event painted, heap after a
 * full collection, `drags` drags of one launch back and forth, and the next month painted.
 */
export async function measureLoad(
  context: BrowserContext,
  side: Side,
  plan: BenchPlan,
  drags: number,
): Promise<LoadResult> {
  const page = await context.newPage();
  // tsx (esbuild) may wrap functions in a `__name` helper that does not exist in the page.
  await page.addInitScript({ content: `var __name = (target) => target; (${installProbes.toString()})();` });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(side.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => '__bench' in window);
  const coldStart = await page.evaluate(
    (text) => (window as unknown as Probed).__bench.painted(text),
    plan.probe.dragTitle,
  );
  await side.ready(page);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { dragTitle, dragDay, dropDay } = plan.probe;
  const drops: DropTiming[] = [];
  for (let index = 0; index < drags; index++) {
    const [from, to] = index % 2 === 0 ? [dragDay, dropDay] : [dropDay, dragDay];
    drops.push(await dragOnce(page, from, dragTitle, to));
  }
  // Its launch's own title: with markers on, this month's markers of that launch already name it.
  const nextMonthPainted = page.evaluate(
    (text) => (window as unknown as Probed).__bench.paintedExactly(text),
    plan.probe.nextMonthTitle,
  );
  await page.getByRole('button', { name: /^next/i }).first().click();
  const painted = await nextMonthPainted;
  const clicked = await page.evaluate(() => (window as unknown as Probed).__bench.lastClick());
  // The app remembers the month it showed; back to this month, so the next load opens there too.
  const backHome = page.evaluate((text) => (window as unknown as Probed).__bench.painted(text), dragTitle);
  await page.getByRole('button', { name: /^prev/i }).first().click();
  await backHome;
  await page.close();
  return { coldStart, heapMiB: usedSize / 1024 / 1024, nextMonth: painted - clicked, drops };
}
