import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { serveWeb } from '../../../build/serve-web.mjs';
import { serveStatic } from './serve-static';
import type { BenchPlan } from './plan';
import { importTableRows, runImports, type ImportRuns } from './import-rows';
import { initialBundle, quantile, renderTable, spread, type Row } from './report';
import { measureLoad, seed, type LoadResult, type Side } from './side';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const BARE_DIST = `${root}dist/bench-bare`;
// BENCH_APP_DIST measures another build of the app (e.g. the code before a change) in the same run.
const APP_DIST = process.env.BENCH_APP_DIST ?? `${root}dist/renderer`;

/** Builds the baseline page with the repository's own Vite and React plugin. */
async function buildBare(): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./bare', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_DIST, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

/** Serves a built page on its own origin, so its IndexedDB is its own. */
type Collected = Record<Side['name'], LoadResult[]>;

/**
 * The measured results, per plan and marker setting, and the table made of them; then the imports
 * per plan size, and their table (an import against a raw write of the rows it wrote).
 */
export type BenchResult = {
  results: Map<string, Collected>;
  table: string;
  rows: Row[];
  imports: Map<number, ImportRuns>;
  importRows: Row[];
  importTable: string;
};

/**
 * Runs every measure on both sides, alternating which side goes first, `loads` cold loads per
 * plan and marker setting with `drags` drags each (rounded up to even, so the launch ends where
 * it began), and tabulates medians, spreads and ratios against issue 13's targets.
 */
export async function runBenchmark(options: {
  browser: Browser;
  plans: BenchPlan[];
  loads: number;
  drags: number;
  /** 'import': only the import rows (no bare page, no loads or drags). */
  only?: 'import';
  log?: (line: string) => void;
}): Promise<BenchResult> {
  const { browser, plans, loads } = options;
  const drags = Math.max(2, options.drags + (options.drags % 2));
  const withSides = options.only !== 'import';
  if (withSides) await buildBare();
  const app = process.env.BENCH_APP_DIST ? await serveStatic(APP_DIST) : await serveWeb({ port: 0 });
  const bare = withSides ? await serveStatic(BARE_DIST) : app;
  const sides: Side[] = [
    {
      name: 'tierline',
      url: app.url,
      database: 'tierline',
      ready: (page) => page.getByRole('button', { name: 'New announcement' }).waitFor(),
    },
    {
      name: 'bare',
      url: bare.url,
      database: 'bench-bare',
      ready: (page) => page.locator('[data-date]').first().waitFor(),
    },
  ];
  const results = new Map<string, Collected>();
  const imports = new Map<number, ImportRuns>();
  try {
    let turn = 0;
    for (const plan of plans) {
      for (const markers of withSides ? [false, true] : []) {
        const collected: Collected = { tierline: [], bare: [] };
        const contexts = await Promise.all(sides.map((side) => seed(browser, side, plan, markers)));
        for (let load = 0; load < loads; load++) {
          const order = turn++ % 2 === 0 ? [0, 1] : [1, 0];
          for (const index of order) {
            const side = sides[index] as Side;
            collected[side.name].push(await measureLoad(contexts[index]!, side, plan, drags));
            options.log?.(
              `${plan.size} items, markers ${markers ? 'on' : 'off'}, load ${load + 1}: ${side.name} done`,
            );
          }
        }
        await Promise.all(contexts.map((context) => context.close()));
        results.set(`${plan.size}:${markers ? 'on' : 'off'}`, collected);
      }
      imports.set(plan.size, await runImports({ browser, url: app.url, plan, loads, log: options.log }));
    }
  } finally {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    if (withSides) await new Promise<void>((resolve) => bare.server.close(() => resolve()));
  }
  const rows = withSides ? tabulate(plans, results) : [];
  const importRows = importTableRows(imports);
  return {
    results,
    rows,
    table: withSides ? renderTable(rows) : '',
    imports,
    importRows,
    importTable: renderTable(importRows, ['Tierline import', 'raw write of the same rows']),
  };
}

function values(
  collected: Collected | undefined,
  side: Side['name'],
  pick: (load: LoadResult) => number[],
): number[] {
  return (collected?.[side] ?? []).flatMap(pick);
}

function row(
  measure: string,
  size: string,
  collected: Collected | undefined,
  pick: (load: LoadResult) => number[],
  options: { q?: number; unit?: string; target?: string; limit?: number; absolute?: number } = {},
): Row {
  const q = options.q ?? 0.5;
  const ours = values(collected, 'tierline', pick);
  const bare = values(collected, 'bare', pick);
  const oursValue = quantile(ours, q);
  const bareValue = quantile(bare, q);
  const met =
    options.limit !== undefined
      ? oursValue <= bareValue * options.limit
      : options.absolute !== undefined
        ? oursValue <= options.absolute
        : undefined;
  return {
    measure,
    size,
    ours: oursValue,
    oursSpread: spread(ours, options.unit === 'MiB' ? 1 : 0),
    bare: bareValue,
    bareSpread: spread(bare, options.unit === 'MiB' ? 1 : 0),
    unit: options.unit ?? 'ms',
    target: options.target ?? '',
    met,
  };
}

function tabulate(plans: BenchPlan[], results: Map<string, Collected>): Row[] {
  const rows: Row[] = [];
  const largest = Math.max(...plans.map((plan) => plan.size));
  for (const plan of plans) {
    const size = String(plan.size);
    const off = results.get(`${size}:off`);
    const on = results.get(`${size}:on`);
    const isLargest = plan.size === largest;
    const both = (load: LoadResult) => [load.coldStart];
    const merged: Collected = {
      tierline: [...(off?.tierline ?? []), ...(on?.tierline ?? [])],
      bare: [...(off?.bare ?? []), ...(on?.bare ?? [])],
    };
    rows.push(
      row(
        'cold start → first event painted',
        size,
        merged,
        both,
        isLargest ? { target: '≤ 1.5×', limit: 1.5 } : {},
      ),
    );
    for (const [label, collected] of [
      ['markers off', off],
      ['markers on', on],
    ] as const) {
      const commit = (load: LoadResult) => load.drops.map((drop) => drop.commit - drop.drop);
      const settled = (load: LoadResult) => load.drops.map((drop) => drop.settled - drop.drop);
      rows.push(row(`drag → IndexedDB committed, p50, ${label}`, size, collected, commit));
      rows.push(row(`drag → calendar settled, p50, ${label}`, size, collected, settled));
      rows.push(
        row(`drag → calendar settled, p95, ${label}`, size, collected, settled, {
          q: 0.95,
          ...(isLargest ? { target: '≤ 1.5×', limit: 1.5 } : {}),
        }),
      );
      rows.push(
        row(
          `longest task after a drop, max, ${label}`,
          size,
          collected,
          (load) => load.drops.map((drop) => drop.longestTask),
          {
            q: 1,
            ...(isLargest ? { target: '≤ 50 ms', absolute: 50 } : {}),
          },
        ),
      );
    }
    rows.push(
      row('next month painted', size, merged, (load) => [load.nextMonth], { target: '≤ 1.2×', limit: 1.2 }),
    );
    rows.push(
      row('JS heap after GC, markers on', size, on, (load) => [load.heapMiB], {
        unit: 'MiB',
        ...(isLargest ? { target: '≤ 2×', limit: 2 } : {}),
      }),
    );
  }
  const ours = initialBundle(APP_DIST);
  const bare = initialBundle(BARE_DIST);
  rows.push({
    measure: `initial JS + CSS, gzip (largest file ${ours.largestKiB.toFixed(0)} KiB raw)`,
    size: 'all',
    ours: ours.gzipKiB,
    oursSpread: `${ours.files} files`,
    bare: bare.gzipKiB,
    bareSpread: `${bare.files} files`,
    unit: 'KiB',
    target: '≤ 200 KiB',
    met: ours.gzipKiB <= 200,
  });
  return rows;
}
