import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The value at quantile `q` (0..1) of the numbers, by nearest rank; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** The JS and CSS an index.html loads before anything else runs, gzip-compressed, in KiB. */
export function initialBundle(distDir: string): { gzipKiB: number; files: number; largestKiB: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
  let total = 0;
  let largest = 0;
  for (const asset of new Set(assets)) {
    const raw = readFileSync(join(distDir, asset));
    total += gzipSync(raw).length;
    largest = Math.max(largest, raw.length);
  }
  return { gzipKiB: total / 1024, files: new Set(assets).size, largestKiB: largest / 1024 };
}

/** One row of the printed table. */
export type Row = {
  measure: string;
  size: string;
  ours: number;
  oursSpread: string;
  bare: number;
  bareSpread: string;
  unit: string;
  target: string;
  /** True, false, or undefined when the row has no target. */
  met?: boolean;
};

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${unit === 'ms' ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}

/**
 * Markdown table of the rows: medians, spreads (p05–p95 or min–max), ratios and targets. `columns`
 * names what is compared (the import rows compare an import with a raw write, not with bare FullCalendar).
 */
export function renderTable(
  rows: readonly Row[],
  columns: readonly [string, string] = ['Tierline', 'bare FullCalendar'],
): string {
  const lines = [
    `| measure | items | ${columns[0]} | spread | ${columns[1]} | spread | ratio | target | met |`,
    '| --- | ---: | ---: | --- | ---: | --- | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const ratio = row.bare > 0 ? `${(row.ours / row.bare).toFixed(1)}×` : 'n/a';
    const met = row.met === undefined ? '' : row.met ? 'yes' : 'NO';
    lines.push(
      `| ${row.measure} | ${row.size} | ${format(row.ours, row.unit)} | ${row.oursSpread} | ${format(row.bare, row.unit)} | ${row.bareSpread} | ${ratio} | ${row.target} | ${met} |`,
    );
  }
  return lines.join('\n');
}

/** `min–max` of the values, rounded for the table. */
export function spread(values: readonly number[], digits = 0): string {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return 'n/a';
  return `${Math.min(...finite).toFixed(digits)}–${Math.max(...finite).toFixed(digits)}`;
}
