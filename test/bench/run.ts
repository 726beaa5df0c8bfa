/**
 * `npm run bench`: Tierline's exporters and importer against peer libraries on the same data in the
 * same process. Absolute times drift on shared machines, so the targets are ratios, and our runs and
 * the peer's are interleaved so that background load hits both alike. Times are medians of CPU time
 * (user + system, from process.cpuUsage) over the measured runs, after warm-up runs. The command-line
 * rows (test/bench/cli-startup.ts) time whole processes against `node -e 0` and the bare bundle.
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import ical from 'node-ical';
import icalGenerator from 'ical-generator';
import { exportIcs } from '../../shared/export/ics-export';
import { scheduleMarkdown } from '../../shared/export/markdown-schedule';
import { parseIcsForImport } from '../../shared/import/ics-import';
import { cliRows, cliTable } from './cli-startup';
import { benchInput } from './data';
import { peerEvents } from './peer-events';
import { buildIndex, KEYSTROKES, oneChange, runNaive, runOurs, searchInput } from './search-bench';
import { calendarDay } from '../dates';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 2;

// BENCH_GC=1 forces a full collection before every timed run; by default the runs alternate who goes
// first instead, so each side inherits the other's garbage equally often.
const forceGc = process.env.BENCH_GC === '1';
if (forceGc) v8.setFlagsFromString('--expose-gc');
const collectGarbage = forceGc ? (vm.runInNewContext('gc') as () => void) : () => undefined;

function cpuMs(fn: () => unknown): number {
  collectGarbage();
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `ours` and `peer` alternately and returns their median CPU milliseconds. */
function race(ours: () => unknown, peer?: () => unknown): { ours: number; peer?: number } {
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    let a: number;
    let b = 0;
    if (run % 2 === 0 || !peer) {
      a = cpuMs(ours);
      if (peer) b = cpuMs(peer);
    } else {
      b = cpuMs(peer);
      a = cpuMs(ours);
    }
    if (run >= WARMUP) {
      mine.push(a);
      theirs.push(b);
    }
  }
  return peer ? { ours: median(mine), peer: median(theirs) } : { ours: median(mine) };
}

const input = benchInput();
const entries = input.announcements.length + input.items.length + input.windows.length;
const now = input.now;

const exportTimes = race(
  () => exportIcs(input),
  () => {
    const calendar = icalGenerator({ name: 'Tierline', prodId: '//Tierline//Bench//EN' });
    for (const event of peerEvents(input)) calendar.createEvent(event);
    return calendar.toString();
  },
);
const scheduleTimes = race(() =>
  scheduleMarkdown(input, { from: calendarDay('2026-01-01'), to: calendarDay('2029-12-31') }),
);

const file = exportIcs(input);
const eventCount = (file.match(/^BEGIN:VEVENT/gm) ?? []).length;
const importTimes = race(
  () => parseIcsForImport(file, { timeZoneFallback: 'Europe/London', now }),
  () => ical.sync.parseICS(file),
);

const searchPlanInput = searchInput(input);
const searchIndex = buildIndex(searchPlanInput);
const searchTimes = race(
  () => runOurs(searchIndex),
  () => runNaive(searchPlanInput),
);
const indexTimes = race(() => buildIndex(searchPlanInput));
const changed = oneChange(searchPlanInput);
const reindexTimes = race(() => changed.reindex());

type Row = { task: string; ours: number; peerName: string; peer?: number; target?: number };
const rows: Row[] = [
  {
    task: `ICS export, ${entries} entries`,
    ours: exportTimes.ours,
    peerName: 'ical-generator',
    peer: exportTimes.peer,
    target: 20,
  },
  {
    task: `Markdown schedule, ${entries} entries`,
    ours: scheduleTimes.ours,
    peerName: 'none (no peer library)',
  },
  {
    task: `ICS import, ${eventCount} events`,
    ours: importTimes.ours,
    peerName: 'node-ical',
    peer: importTimes.peer,
    target: 2,
  },
  {
    task: `Search, ${KEYSTROKES.length} keystrokes (a query each) over ${entries} entries`,
    ours: searchTimes.ours,
    peerName: 'naive filter(includes) scan',
    peer: searchTimes.peer,
    target: 2,
  },
  {
    task: `Search index, built from scratch, ${entries} entries`,
    ours: indexTimes.ours,
    peerName: 'none (once per app start)',
  },
  {
    task: `Search index, rebuilt after one edit, ${entries} entries`,
    ours: reindexTimes.ours,
    peerName: 'none (once per plan change)',
  },
];

const lines = [
  '| task | ours (median ms) | peer | peer (median ms) | peer/ours | target | result |',
  '| --- | ---: | --- | ---: | ---: | ---: | --- |',
  ...rows.map((row) => {
    const ratio = row.peer !== undefined ? row.peer / row.ours : undefined;
    const result =
      row.target === undefined || ratio === undefined ? 'n/a' : ratio >= row.target ? 'PASS' : 'MISS';
    return `| ${row.task} | ${row.ours.toFixed(1)} | ${row.peerName} | ${row.peer?.toFixed(1) ?? 'n/a'} | ${ratio ? `${ratio.toFixed(1)}x` : 'n/a'} | ${row.target ? `>= ${row.target}x` : 'n/a'} | ${result} |`;
  }),
];
const cpus = os.cpus();
console.log(lines.join('\n'));
console.log('');
console.log(
  `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
console.log(
  `Median of ${RUNS} runs after ${WARMUP} warm-up runs, CPU time (user + system), ours and the peer's interleaved in alternating order${forceGc ? ', full GC before each run' : ''}.`,
);
console.log(
  `Search: ${(searchTimes.ours / KEYSTROKES.length).toFixed(2)} ms per keystroke (ours), ${((searchTimes.peer ?? 0) / KEYSTROKES.length).toFixed(2)} ms (naive scan).`,
);
console.log(
  `ICS file for the import: ${(file.length / 1e6).toFixed(1)} M characters, our own export of the same data.`,
);

// The command line's start-up and a real export through it, in wall-clock time (BENCH_CLI=0 skips them).
if (process.env.BENCH_CLI !== '0') {
  console.log('');
  console.log(cliTable(cliRows(RUNS)).join('\n'));
  console.log(
    'Whole `node build/tierline.mjs …` processes, each run alternating with its baseline; CPU time as each process reports it at exit.',
  );
}
