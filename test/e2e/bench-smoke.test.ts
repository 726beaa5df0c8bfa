import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { runBenchmark } from '../bench/ui/bench';
import { benchPlan } from '../bench/ui/plan';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

// Keeps `npm run bench:ui` working: the smallest plan, one load, one drag there and back. No
// timing is asserted here (CI machines are shared); only that every measure was taken.
describe('UI benchmark smoke run', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('measures both pages on a 200-item plan, imports it as a plan file, and prints a row for every measure', async () => {
    const plan = benchPlan(200);
    expect(plan.size).toBe(200);
    const { results, rows, table, imports, importRows, importTable } = await runBenchmark({
      browser,
      plans: [plan],
      loads: 1,
      drags: 2,
    });
    for (const markers of ['off', 'on']) {
      const collected = results.get(`200:${markers}`);
      for (const side of ['tierline', 'bare'] as const) {
        const [load] = collected?.[side] ?? [];
        expect(load?.coldStart).toBeGreaterThan(0);
        expect(load?.nextMonth).toBeGreaterThan(0);
        expect(load?.heapMiB).toBeGreaterThan(0);
        expect(load?.drops).toHaveLength(2);
        for (const drop of load?.drops ?? []) {
          // The drop was written to IndexedDB after the pointer was released, and the page settled after that.
          expect(drop.commit).toBeGreaterThanOrEqual(drop.drop);
          expect(drop.settled).toBeGreaterThanOrEqual(drop.commit);
        }
      }
    }
    expect(rows.map((row) => row.measure)).toContain('next month painted');
    expect(table).toMatch(/initial JS \+ CSS, gzip/);
    expect(rows.find((row) => row.measure.startsWith('initial JS'))?.ours).toBeGreaterThan(50);

    // The import rows: the plan file went through the dialog, and its rows through a raw write.
    const runs = imports.get(200);
    expect(runs?.imports).toHaveLength(1);
    expect(runs?.raws).toHaveLength(1);
    for (const imported of runs?.imports ?? []) {
      expect(imported.previewReady).toBeGreaterThan(0);
      expect(imported.written).toBeGreaterThan(0);
      // Painted comes after the commit of the rows it paints.
      expect(imported.painted).toBeGreaterThanOrEqual(imported.written);
    }
    for (const raw of runs?.raws ?? []) {
      expect(raw.written).toBeGreaterThan(0);
      expect(raw.painted).toBeGreaterThanOrEqual(raw.written);
    }
    // Every launch and window of the benchmark plan, with the checklists the app generated.
    expect(runs?.written).toMatchObject({
      announcements: plan.announcements.length,
      maintenanceWindows: plan.maintenanceWindows.length,
    });
    expect(runs?.written.checklistItems).toBeGreaterThan(plan.announcements.length);
    expect(importRows.map((row) => row.measure)).toContain('import: Import plan → calendar painted');
    expect(importTable).toMatch(/raw write of the same rows/);
  }, 240_000);
});
