/**
 * The command-line rows of `npm run bench` (issue 13): CPU time (and wall-clock time) of real `tierline`
 * processes, started the way a user starts them (`node build/tierline.mjs …`), against a baseline measured
 * in the same run. Runs alternate with their baseline, like the in-process rows, so background load hits both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCalendarDays } from '../../shared/calendar-day';
import { calendarDay } from '../dates';

const ROOT = join(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'build/tierline.mjs');
const BUNDLE = join(ROOT, 'dist/cli.mjs');

export type CliRow = {
  task: string;
  ours: Timing;
  baselineName: string;
  baseline?: Timing;
  /** The most `ours / baseline` may be. */
  maxRatio: number;
};

/** A plan file (the CLI's own format) of `count` announcements over three years, tiers in turn. */
export function cliPlanJson(count: number): string {
  const announcements = Array.from({ length: count }, (_, index) => ({
    id: `cli-${index}`,
    title: `Launch ${index}: feature, with commas; semicolons and émoji 🚀`,
    tier: ['major', 'medium', 'minor'][index % 3],
    launch: addCalendarDays(calendarDay('2026-01-05'), index),
    owner: `PM ${index % 17}`,
  }));
  return JSON.stringify({ tierline: 1, timeZone: 'Europe/London', announcements });
}

// Loaded first into every timed process (`--import`): at exit it writes the process's own CPU time since
// it started (user + system, ms) to file descriptor 3. Wall-clock time on a shared two-core machine swings
// with the load; CPU time is what the command itself costs, the measure the in-process rows use too.
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)); });",
)}`;

type Timing = { cpu: number; wall: number };

function timeProcess(args: string[], cwd: string): Timing {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { cpu: Number(result.output[3]), wall };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median CPU and wall-clock ms of `ours` and `baseline`, alternating which starts first, after one warm-up each. */
function raceProcesses(runs: number, cwd: string, ours: string[], baseline?: string[]) {
  const mine: Timing[] = [];
  const theirs: Timing[] = [];
  for (let run = -1; run < runs; run++) {
    let a: Timing;
    let b: Timing | undefined;
    if (run % 2 === 0 || !baseline) {
      a = timeProcess(ours, cwd);
      if (baseline) b = timeProcess(baseline, cwd);
    } else {
      b = timeProcess(baseline, cwd);
      a = timeProcess(ours, cwd);
    }
    if (run < 0) continue;
    mine.push(a);
    if (b) theirs.push(b);
  }
  const summary = (timings: Timing[]) => ({
    cpu: median(timings.map((timing) => timing.cpu)),
    wall: median(timings.map((timing) => timing.wall)),
  });
  return { ours: summary(mine), baseline: baseline ? summary(theirs) : undefined };
}

/** Times `tierline --help` against `node -e 0`, and a 1,000-announcement ICS export against the bundle run directly. */
export function cliRows(runs: number): CliRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'tierline-bench-cli-'));
  try {
    writeFileSync(join(dir, 'plan.json'), cliPlanJson(1000));
    const help = raceProcesses(runs, dir, [LAUNCHER, '--help'], ['-e', '0']);
    const exportArgs = ['export', '--plan', 'plan.json', '--format', 'ics', '--out', 'plan.ics'];
    // The bundle exists once `npm install` (prepare) or a first `tierline` run has built it.
    const bundled = existsSync(BUNDLE) ? [BUNDLE, ...exportArgs] : undefined;
    const exported = raceProcesses(runs, dir, [LAUNCHER, ...exportArgs], bundled);
    return [
      { task: '`tierline --help`', ...help, baselineName: '`node -e 0`', maxRatio: 3 },
      {
        task: '`tierline export` ICS, 1000 announcements',
        ...exported,
        baselineName: bundled ? '`node dist/cli.mjs` (same bundle, no launcher)' : 'n/a (no bundle)',
        // "No slower than the same code bundled": the launcher's freshness check may cost a few percent.
        maxRatio: 1.1,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI rows as a Markdown table: CPU time decides the result, wall-clock time is shown beside it. */
export function cliTable(rows: CliRow[]): string[] {
  return [
    '| command | ours (median CPU ms) | baseline | baseline (median CPU ms) | ours/baseline | target | result | wall ms, ours / baseline |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- | ---: |',
    ...rows.map((row) => {
      const ratio = row.baseline !== undefined ? row.ours.cpu / row.baseline.cpu : undefined;
      const result = ratio === undefined ? 'n/a' : ratio <= row.maxRatio ? 'PASS' : 'MISS';
      return `| ${row.task} | ${row.ours.cpu.toFixed(0)} | ${row.baselineName} | ${row.baseline?.cpu.toFixed(0) ?? 'n/a'} | ${ratio ? `${ratio.toFixed(2)}x` : 'n/a'} | <= ${row.maxRatio}x | ${result} | ${row.ours.wall.toFixed(0)} / ${row.baseline?.wall.toFixed(0) ?? 'n/a'} |`;
    }),
  ];
}

if (process.argv[1] === import.meta.filename) {
  console.log(cliTable(cliRows(Number(process.env.BENCH_RUNS ?? 9))).join('\n'));
}
