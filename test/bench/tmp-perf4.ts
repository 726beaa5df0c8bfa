import { exportIcs } from '../../shared/export/ics-export';
import { benchInput } from './data';
const ics = exportIcs(benchInput());
console.log('length', ics.length, 'lines', ics.split('\n').length);
function scan(source: string, level: number) {
  let position = 0; let n = 0; const length = source.length; let names = 0;
  while (position < length) {
    let end = source.indexOf('\n', position);
    if (end === -1) end = length;
    if (level > 0) { let i = position; for (; i < end; i++) { const c = source.charCodeAt(i); if (!((c >= 65 && c <= 90) || c === 45)) break; } if (level > 1) { const name = source.slice(position, i).toUpperCase(); names += name.length; } }
    n++; position = end + 1;
  }
  return n + names;
}
for (const level of [0, 1, 2, 0, 1, 2]) {
  const c = process.cpuUsage(); const t = performance.now();
  for (let k = 0; k < 5; k++) scan(ics, level);
  const u = process.cpuUsage(c);
  console.log(level, ((performance.now() - t) / 5).toFixed(1), ((u.user + u.system) / 5000).toFixed(1));
}
