import { exportIcs } from '../../shared/export/ics-export';
import { parseIcsForImport } from '../../shared/import/ics-import';
import { splitIcs } from '../../shared/import/ics-lines';
import { benchInput } from './data';
import ical from 'node-ical';
const ics = exportIcs(benchInput());
function time(label: string, fn: () => unknown) {
  fn(); fn();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) { const t = process.cpuUsage(); fn(); const u = process.cpuUsage(t); runs.push((u.user + u.system) / 1000); }
  runs.sort((a, b) => a - b);
  console.log(label, runs[2]!.toFixed(1));
}
time('split lines only', () => ics.split(/\r\n|\n|\r/).length);
time('splitIcs', () => splitIcs(ics));
time('parseIcsForImport', () => parseIcsForImport(ics, { timeZoneFallback: 'Europe/London', now: '2026-11-20T00:00:00Z' }));
time('node-ical', () => ical.sync.parseICS(ics));
