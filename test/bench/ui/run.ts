/*
 * `npm run bench:ui`: Tierline's calendar against a bare FullCalendar v7 page showing the same
 * stored rows, interleaved in one headless Chromium. Prints one Markdown table (BENCHMARKS.md).
 *
 *   BENCH_SIZES=200,2000,10000  BENCH_LOADS=3  BENCH_DRAGS=8  BENCH_SKIP_BUILD=1
 *   BENCH_ONLY=import   only the import rows (plan file through the Import dialog vs a raw write)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../e2e/browser';
import { benchPlan } from './plan';
import { runBenchmark } from './bench';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function numbers(name: string, fallback: number[]): number[] {
  const value = process.env[name];
  return value ? value.split(',').map(Number) : fallback;
}

async function main(): Promise<void> {
  if (!process.env.BENCH_SKIP_BUILD) {
    const built = spawnSync(process.execPath, ['build/build.mjs'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The app build failed.');
  }
  const sizes = numbers('BENCH_SIZES', [200, 2000, 10000]);
  const [loads = 3] = numbers('BENCH_LOADS', [3]);
  const [drags = 8] = numbers('BENCH_DRAGS', [8]);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const only = process.env.BENCH_ONLY === 'import' ? 'import' : undefined;
    const { table, importTable } = await runBenchmark({
      browser,
      plans: sizes.map(benchPlan),
      loads,
      drags,
      ...(only ? { only } : {}),
      log: console.error,
    });
    console.log(
      `\nMachine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}; Chromium ${browser.version()}; ${loads} loads × ${drags} drags per size, markers off and on\n`,
    );
    if (table) console.log(table);
    console.log(`\nImport of a plan file (${loads} imports and raw writes per size, markers off):\n`);
    console.log(importTable);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
