import type { Browser } from 'playwright-core';
import {
  measureImport,
  measureRawWrite,
  rowCount,
  type ImportTiming,
  type RawTiming,
  type StoredRows,
} from './import';
import type { BenchPlan } from './plan';
import { benchPlanFile } from './plan-file';
import { quantile, spread, type Row } from './report';

/** Every import of one plan and every raw write of the rows it wrote, with how many rows that was. */
export type ImportRuns = {
  imports: ImportTiming[];
  raws: RawTiming[];
  /** Rows the (last) import wrote, per store. */
  written: Record<string, number>;
};

/**
 * Imports the benchmark plan's plan file `loads` times, each into an empty app, and as often
 * writes the rows an import wrote straight into an empty app. The order alternates (the raw write
 * of a later load uses the rows of the load before), so neither always runs on a warmer browser.
 */
export async function runImports(options: {
  browser: Browser;
  url: string;
  plan: BenchPlan;
  loads: number;
  log?: (line: string) => void;
}): Promise<ImportRuns> {
  const { browser, url, plan } = options;
  const fileText = JSON.stringify(benchPlanFile(plan));
  const runs: ImportRuns = { imports: [], raws: [], written: {} };
  let rows: StoredRows | undefined;
  for (let load = 0; load < options.loads; load++) {
    const rawFirst = load % 2 === 1 ? rows : undefined;
    if (rawFirst) runs.raws.push(await measureRawWrite(browser, url, plan, rawFirst));
    const imported = await measureImport(browser, url, plan, fileText);
    runs.imports.push(imported.timing);
    rows = imported.rows;
    if (!rawFirst) runs.raws.push(await measureRawWrite(browser, url, plan, rows));
    runs.written = Object.fromEntries(Object.entries(rows).map(([store, list]) => [store, list.length]));
    options.log?.(`${plan.size} items, import ${load + 1}: ${rowCount(rows)} rows written, raw write done`);
  }
  return runs;
}

function row(
  measure: string,
  size: string,
  ours: number[],
  raw: number[],
  target?: { text: string; limit: number },
): Row {
  const oursValue = quantile(ours, 0.5);
  const rawValue = quantile(raw, 0.5);
  return {
    measure,
    size,
    ours: oursValue,
    oursSpread: spread(ours),
    bare: rawValue,
    bareSpread: spread(raw),
    unit: 'ms',
    target: target?.text ?? '',
    met: target ? oursValue <= rawValue * target.limit : undefined,
  };
}

/**
 * The import rows of the table: preview ready, written and painted (medians), the raw write of the
 * same rows beside the last two, and issue 13's target (painted within 1.5× of the raw write) on
 * the largest plan.
 */
export function importTableRows(results: ReadonlyMap<number, ImportRuns>): Row[] {
  const rows: Row[] = [];
  const largest = Math.max(...results.keys());
  for (const [size, runs] of results) {
    const total = Object.values(runs.written).reduce((sum, count) => sum + count, 0);
    const label = `${size} (${total.toLocaleString('en-GB')} rows)`;
    const pick = (key: keyof ImportTiming) => runs.imports.map((timing) => timing[key]);
    rows.push(row('import: paste → preview ready (records generated)', label, pick('previewReady'), []));
    rows.push(
      row(
        'import: Import plan → IndexedDB committed',
        label,
        pick('written'),
        runs.raws.map((raw) => raw.written),
      ),
    );
    rows.push(
      row(
        'import: Import plan → calendar painted',
        label,
        pick('painted'),
        runs.raws.map((raw) => raw.painted),
        size === largest ? { text: '≤ 1.5×', limit: 1.5 } : undefined,
      ),
    );
  }
  return rows;
}
