import { exportIcs } from '../../shared/export/ics-export';
import { splitIcs } from '../../shared/import/ics-lines';
import { parseIcsForImport } from '../../shared/import/ics-import';
import { benchInput } from './data';
const ics = exportIcs(benchInput());
const mode = process.argv[2];
for (let i = 0; i < 8; i++) {
  const t = performance.now(); const c = process.cpuUsage();
  if (mode === 'split') splitIcs(ics); else parseIcsForImport(ics, { timeZoneFallback: 'Europe/London', now: '2026-11-20T00:00:00Z' });
  const u = process.cpuUsage(c);
  console.log(mode, (performance.now() - t).toFixed(1), ((u.user + u.system) / 1000).toFixed(1));
}
